"""An evaluation site: Saltwater Hair Studio, a hair salon and colour studio in Brighton's North Laine (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Built like a Shopify theme: shopify-section
wrappers, page-width containers, rte rich-text blocks, details/summary collapsible rows, a Fresha "Book now"
embed and product-grid cards for the retail shop.
"""

NAME = "Saltwater Hair Studio"

_DOMAIN = "https://saltwaterhair.co.uk"

_ANALYTICS = """<script async src="/cdn/shop/t/12/assets/analytics.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-SWH4T2Q9LB');
</script>"""

_MENU = """
<nav class="header__inline-menu" aria-label="Main menu">
  <ul class="list-menu list-menu--inline" role="list">
    <li>
      <header-menu>
        <details id="Details-HeaderMenu-1" class="mega-menu">
          <summary class="header__menu-item list-menu__item link focus-inset">
            <span>Services</span>
            <svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"></svg>
          </summary>
          <div id="MegaMenu-Content-1" class="mega-menu__content gradient motion-reduce global-settings-popup"
               tabindex="-1">
            <ul class="mega-menu__list page-width" role="list">
              <li>
                <a href="/pages/cuts-and-styling/" class="mega-menu__link mega-menu__link--level-2 link">Cut</a>
                <ul class="list-unstyled" role="list">
                  <li><a href="/pages/cuts-and-styling/" class="mega-menu__link link">Cuts &amp; Styling</a></li>
                  <li><a href="/pages/curly-hair/" class="mega-menu__link link">Curly Hair</a></li>
                  <li><a href="/pages/mens-and-kids/" class="mega-menu__link link">Men's &amp; Kids' Cuts</a></li>
                </ul>
              </li>
              <li>
                <a href="/pages/colour/" class="mega-menu__link mega-menu__link--level-2 link">Colour</a>
                <ul class="list-unstyled" role="list">
                  <li><a href="/pages/colour/" class="mega-menu__link link">Colour &amp; Grey Coverage</a></li>
                  <li><a href="/pages/balayage-and-highlights/" class="mega-menu__link link">Balayage &amp;
                    Highlights</a></li>
                  <li><a href="/pages/skin-test/" class="mega-menu__link link">Skin Tests</a></li>
                </ul>
              </li>
              <li>
                <a href="/pages/hair-extensions/" class="mega-menu__link mega-menu__link--level-2 link">Specialist</a>
                <ul class="list-unstyled" role="list">
                  <li><a href="/pages/hair-extensions/" class="mega-menu__link link">Hair Extensions</a></li>
                  <li><a href="/pages/keratin-smoothing/" class="mega-menu__link link">Keratin Smoothing</a></li>
                  <li><a href="/pages/bridal/" class="mega-menu__link link">Bridal &amp; Wedding Hair</a></li>
                </ul>
              </li>
              <li>
                <a href="/pages/booking-policy/" class="mega-menu__link mega-menu__link--level-2 link">Good to
                  know</a>
                <ul class="list-unstyled" role="list">
                  <li><a href="/pages/booking-policy/" class="mega-menu__link link">Booking &amp; Cancellation</a></li>
                  <li><a href="/pages/aftercare/" class="mega-menu__link link">Aftercare &amp; 7-Day Promise</a></li>
                  <li><a href="/pages/faq/" class="mega-menu__link link">FAQs</a></li>
                </ul>
              </li>
            </ul>
          </div>
        </details>
      </header-menu>
    </li>
    <li><a href="/collections/shop/" class="header__menu-item list-menu__item link link--text focus-inset">
      <span>Shop</span></a></li>
    <li><a href="/pages/gift-vouchers/" class="header__menu-item list-menu__item link link--text focus-inset">
      <span>Gift Vouchers</span></a></li>
    <li><a href="/pages/team/" class="header__menu-item list-menu__item link link--text focus-inset">
      <span>Meet the Team</span></a></li>
    <li><a href="/pages/visit-us/" class="header__menu-item list-menu__item link link--text focus-inset">
      <span>Visit Us</span></a></li>
    <li><a href="/pages/careers/" class="header__menu-item list-menu__item link link--text focus-inset">
      <span>Careers</span></a></li>
  </ul>
</nav>"""

_BOOK_WIDGET = """
<div class="fresha-embed booking-widget" data-fresha-location-id="saltwater-hair-studio-x8k2r1"
     data-fresha-theme="light" data-fresha-button="true">
  <a href="https://www.fresha.com/a/saltwater-hair-studio-brighton-14-sydney-street-x8k2r1"
     class="button button--primary fresha-book-btn" target="_blank" rel="noopener">Book now</a>
  <noscript>Booking needs JavaScript. Call us on 01273 606214 instead.</noscript>
</div>"""

_SIDEBAR = (
    """
<aside class="page-sidebar sidebar-widgets" aria-label="Sidebar">
  <div class="widget widget--book">
    <h3 class="widget__title h5">Ready to book?</h3>
    <p>Choose your service and stylist and pick a time that suits you. Online booking is open 24/7.</p>"""
    + _BOOK_WIDGET
    + """
  </div>
  <div class="widget widget--help">
    <h3 class="widget__title h5">Not sure what to book?</h3>
    <p>Give the team a ring on <a href="tel:+441273606214">01273 606214</a> and we'll point you in the
      right direction.</p>
  </div>
  <div class="widget widget--links">
    <h3 class="widget__title h5">Popular pages</h3>
    <ul class="list-unstyled">
      <li><a href="/pages/team/">Stylist levels &amp; the team</a></li>
      <li><a href="/pages/booking-policy/">Booking &amp; cancellation</a></li>
      <li><a href="/collections/shop/">Shop our products</a></li>
    </ul>
  </div>
</aside>"""
)

_REVIEWS = """
<div id="shopify-section-template--reviews" class="shopify-section section-testimonials">
  <div class="testimonials page-width color-background-2 gradient">
    <h2 class="title inline-richtext h2">Kind words</h2>
    <div class="testimonials__grid slider" role="list">
      <blockquote class="testimonial card" role="listitem">
        <div class="testimonial__stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <p>"Honestly the nicest salon in Brighton. Everyone is so friendly and my hair has never looked
          healthier."</p>
        <cite>Hannah W., Google review</cite>
      </blockquote>
      <blockquote class="testimonial card" role="listitem">
        <div class="testimonial__stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <p>"Lovely chilled vibe, great coffee and a stylist who actually listened to what I wanted."</p>
        <cite>Marcus T., Fresha review</cite>
      </blockquote>
      <blockquote class="testimonial card" role="listitem">
        <div class="testimonial__stars" aria-label="5 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9733;</div>
        <p>"Been coming for six years and wouldn't go anywhere else. Worth every penny."</p>
        <cite>Sophie L., Google review</cite>
      </blockquote>
    </div>
  </div>
</div>"""


def _page(path, title, description, body, sidebar=False, reviews=False, template="page"):
    """Wrap one page's main content in the theme's shared head, header, footer and cookie bar."""
    full_title = "Saltwater Hair Studio | Brighton Hair Salon" if path == "/" else f"{title} | Saltwater Hair Studio"
    main = body
    if sidebar:
        main = f"""
<div class="page-width page-width--with-sidebar">
  <div class="grid grid--2-col-desktop page-layout">
    <div class="grid__item page-layout__main">
{body}
    </div>
    <div class="grid__item page-layout__side">
{_SIDEBAR}
    </div>
  </div>
</div>"""
    if reviews:
        main += _REVIEWS
    return (
        f"""<!doctype html>
<html class="no-js" lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="theme-color" content="#1f3a3d">
  <link rel="canonical" href="{_DOMAIN}{path}">
  <link rel="icon" type="image/png" href="/cdn/shop/files/saltwater-favicon.png?crop=center&height=32&width=32">
  <title>{full_title}</title>
  <meta name="description" content="{description}">
  <meta property="og:site_name" content="Saltwater Hair Studio">
  <meta property="og:url" content="{_DOMAIN}{path}">
  <meta property="og:title" content="{full_title}">
  <meta property="og:type" content="website">
  <meta property="og:description" content="{description}">
  <meta name="twitter:card" content="summary_large_image">
  <link href="/cdn/shop/t/12/assets/base.css?v=118293" rel="stylesheet" type="text/css" media="all">
  <link href="/cdn/shop/t/12/assets/component-mega-menu.css?v=118293" rel="stylesheet" media="all">
  <link href="/cdn/shop/t/12/assets/component-accordion.css?v=118293" rel="stylesheet" media="all">
  <link href="/cdn/shop/t/12/assets/section-main-page.css?v=118293" rel="stylesheet" media="all">
  <link href="/cdn/shop/t/12/assets/fresha-embed.css?v=118293" rel="stylesheet" media="all">
"""
        + _ANALYTICS
        + f"""
</head>
<body class="gradient template-{template}">
  <a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
  <div id="shopify-section-announcement-bar" class="shopify-section">
    <div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement">
      <div class="page-width">
        <p class="announcement-bar__message h5">Late nights Wednesday &amp; Thursday &middot; Book online 24/7</p>
      </div>
    </div>
  </div>
  <div id="shopify-section-header" class="shopify-section shopify-section-header-sticky section-header">
    <sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
      <header class="header header--middle-left header--mobile-center page-width header--has-menu">
        <header-drawer data-breakpoint="tablet">
          <details id="Details-menu-drawer-container" class="menu-drawer-container">
            <summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
                     aria-label="Menu">
              <span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span>
            </summary>
          </details>
        </header-drawer>
        <h1 class="header__heading">
          <a href="/" class="header__heading-link link link--text focus-inset">
            <img src="/cdn/shop/files/saltwater-logo.svg" alt="Saltwater Hair Studio" width="180" height="54"
                 class="header__heading-logo">
          </a>
        </h1>
{_MENU}
        <div class="header__icons">
          <a href="/collections/shop/" class="header__icon header__icon--cart link focus-inset"
             id="cart-icon-bubble" aria-label="Shop"><span class="visually-hidden">Shop</span></a>
          <div class="header__book">{_BOOK_WIDGET}
          </div>
        </div>
      </header>
    </sticky-header>
  </div>
  <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{main}
  </main>
  <div id="shopify-section-footer" class="shopify-section">
    <footer class="footer color-background-2 gradient section-footer-padding">
      <div class="footer__content-top page-width">
        <div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
          <div class="footer-block grid__item">
            <h2 class="footer-block__heading inline-richtext">Saltwater Hair Studio</h2>
            <div class="footer-block__details-content rte">
              <p>14 Sydney Street, North Laine<br>Brighton BN1 4EN</p>
              <p><a href="tel:+441273606214">01273 606214</a><br>
                <a href="mailto:hello@saltwaterhair.co.uk">hello@saltwaterhair.co.uk</a></p>
            </div>
          </div>
          <div class="footer-block grid__item">
            <h2 class="footer-block__heading inline-richtext">Opening hours</h2>
            <div class="footer-block__details-content rte">
              <p>Tuesday to Sunday<br>Late nights Wednesday &amp; Thursday<br>Closed Mondays</p>
              <p><a href="/pages/visit-us/">Full opening hours</a></p>
            </div>
          </div>
          <div class="footer-block grid__item footer-block--menu">
            <h2 class="footer-block__heading inline-richtext">Services</h2>
            <ul class="footer-block__details-content list-unstyled">
              <li><a href="/pages/cuts-and-styling/" class="link link--text list-menu__item">Cuts &amp; Styling</a></li>
              <li><a href="/pages/colour/" class="link link--text list-menu__item">Colour</a></li>
              <li><a href="/pages/balayage-and-highlights/" class="link link--text list-menu__item">Balayage</a></li>
              <li><a href="/pages/curly-hair/" class="link link--text list-menu__item">Curly Hair</a></li>
              <li><a href="/pages/hair-extensions/" class="link link--text list-menu__item">Extensions</a></li>
              <li><a href="/pages/keratin-smoothing/" class="link link--text list-menu__item">Keratin</a></li>
              <li><a href="/pages/bridal/" class="link link--text list-menu__item">Bridal</a></li>
              <li><a href="/pages/mens-and-kids/" class="link link--text list-menu__item">Men's &amp; Kids</a></li>
            </ul>
          </div>
          <div class="footer-block grid__item footer-block--menu">
            <h2 class="footer-block__heading inline-richtext">Info</h2>
            <ul class="footer-block__details-content list-unstyled">
              <li><a href="/pages/skin-test/" class="link link--text list-menu__item">Skin Tests</a></li>
              <li><a href="/pages/booking-policy/" class="link link--text list-menu__item">Booking Policy</a></li>
              <li><a href="/pages/aftercare/" class="link link--text list-menu__item">Aftercare</a></li>
              <li><a href="/pages/faq/" class="link link--text list-menu__item">FAQs</a></li>
              <li><a href="/pages/gift-vouchers/" class="link link--text list-menu__item">Gift Vouchers</a></li>
              <li><a href="/pages/team/" class="link link--text list-menu__item">Meet the Team</a></li>
              <li><a href="/pages/careers/" class="link link--text list-menu__item">Careers</a></li>
              <li><a href="/pages/visit-us/" class="link link--text list-menu__item">Visit Us</a></li>
            </ul>
          </div>
        </div>
        <div class="footer-block--newsletter">
          <h2 class="footer-block__heading inline-richtext">Join the Saltwater newsletter</h2>
          <form method="post" action="/contact#contact_form" id="contact_form" class="footer__newsletter">
            <input type="hidden" name="form_type" value="customer">
            <input type="hidden" name="contact[tags]" value="newsletter">
            <div class="newsletter-form__field-wrapper field">
              <input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
                     placeholder="Email" autocomplete="email" required>
              <label class="field__label" for="NewsletterForm--footer">Email</label>
              <button type="submit" class="newsletter-form__button field__button" name="commit">Subscribe</button>
            </div>
          </form>
          <ul class="footer__list-social list-unstyled list-social" role="list">
            <li class="list-social__item"><a href="https://www.instagram.com/saltwaterhairbrighton"
              class="link list-social__link">Instagram</a></li>
            <li class="list-social__item"><a href="https://www.facebook.com/saltwaterhairbrighton"
              class="link list-social__link">Facebook</a></li>
            <li class="list-social__item"><a href="https://www.tiktok.com/@saltwaterhairbrighton"
              class="link list-social__link">TikTok</a></li>
          </ul>
        </div>
      </div>
      <div class="footer__content-bottom">
        <div class="footer__content-bottom-wrapper page-width">
          <div class="footer__copyright caption">
            <small class="copyright__content">&copy; 2025, <a href="/">Saltwater Hair Studio Ltd</a>.
              Registered in England &amp; Wales no. 09127745.</small>
            <small class="copyright__content"><a target="_blank" rel="nofollow"
              href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
          </div>
        </div>
      </div>
    </footer>
  </div>
  <div id="shopify-pc__banner" class="cookie-banner shopify-pc__banner__dialog" role="dialog"
       aria-label="Cookie notice">
    <div class="cookie-banner__inner page-width">
      <p>We use cookies to make this site work, to understand how it's used and to show you relevant
        offers. You can accept them all or choose which ones we use.</p>
      <button type="button" class="button button--secondary" id="shopify-pc__banner__btn-manage-prefs">Manage
        preferences</button>
      <button type="button" class="button" id="shopify-pc__banner__btn-decline">Decline</button>
      <button type="button" class="button button--primary" id="shopify-pc__banner__btn-accept">Accept</button>
    </div>
  </div>
</body>
</html>
"""
    )


def _section(inner, sid="main"):
    """A Shopify template section with the narrow page-width container used by the theme."""
    return f"""
<section id="shopify-section-template--17438291__{sid}" class="shopify-section section">
  <div class="page-width page-width--narrow section-template--17438291__{sid}-padding">
{inner}
  </div>
</section>"""


_HOME = """
<section id="shopify-section-template--17438290__image_banner" class="shopify-section section">
  <div class="banner banner--large banner--content-align-left gradient">
    <div class="banner__media media">
      <img src="/cdn/shop/files/saltwater-salon-interior.jpg?width=1920" alt="Inside the salon on Sydney Street"
           width="1920" height="1080" loading="eager">
    </div>
    <div class="banner__content banner__content--middle-left page-width">
      <div class="banner__box content-container">
        <h2 class="banner__heading inline-richtext h0">Hair that feels like you, on a good day</h2>
        <div class="banner__text rte"><p>Cuts, colour and curl specialists in the heart of Brighton's
          North Laine since 2014.</p></div>
        <div class="banner__buttons">
          <a href="/pages/cuts-and-styling/" class="button button--secondary">See our prices</a>
        </div>
      </div>
    </div>
  </div>
</section>
<section id="shopify-section-template--17438290__rich_text" class="shopify-section section">
  <div class="page-width">
    <div class="rich-text content-container rte">
      <h2 class="rich-text__heading h1">Welcome to Saltwater</h2>
      <p>Saltwater is an independent hair studio run by Lottie Marsh and a team of nine hairdressers,
        colourists and apprentices. We opened on Sydney Street in 2014 with two chairs and a borrowed
        backwash; today we have eight styling stations, a separate colour bar and a lot more plants.</p>
      <p>We believe a great haircut starts with a proper conversation, so every appointment begins with
        a consultation, even if you've been coming to us for years. We'll talk about how you actually wear
        your hair, how much time you have in the morning and what you'd like to change.</p>
      <p>In 2024 we were named South East Salon of the Year finalist at the British Hairdressing Business
        Awards, and Dan, our colour director, is a Wella Master Colour Expert.</p>
    </div>
  </div>
</section>
<section id="shopify-section-template--17438290__collage" class="shopify-section section">
  <div class="collage-wrapper page-width">
    <h2 class="collage-wrapper-title h2">What we do</h2>
    <div class="collage collage--left">
      <div class="collage__item collage__item--collection">
        <a href="/pages/cuts-and-styling/" class="collage-card card"><h3 class="card__heading">Cuts &amp;
          styling</h3><p>Precision cuts, restyles, blow-dries and hair-ups.</p></a>
      </div>
      <div class="collage__item collage__item--collection">
        <a href="/pages/balayage-and-highlights/" class="collage-card card"><h3 class="card__heading">Balayage
          &amp; highlights</h3><p>Soft, lived-in blonde and classic foils.</p></a>
      </div>
      <div class="collage__item collage__item--collection">
        <a href="/pages/curly-hair/" class="collage-card card"><h3 class="card__heading">Curly hair</h3>
          <p>Curl-by-curl cutting with our curl specialists.</p></a>
      </div>
      <div class="collage__item collage__item--collection">
        <a href="/pages/bridal/" class="collage-card card"><h3 class="card__heading">Bridal</h3>
          <p>Trials, wedding mornings in the salon or at your venue.</p></a>
      </div>
    </div>
  </div>
</section>
<section id="shopify-section-template--17438290__image_with_text" class="shopify-section section">
  <div class="page-width">
    <div class="image-with-text image-with-text--no-overlap isolate">
      <div class="image-with-text__grid grid grid--gapless grid--1-col grid--2-col-tablet">
        <div class="image-with-text__media-item grid__item">
          <img src="/cdn/shop/files/green-salon-collective.jpg?width=1000" alt="Salon waste recycling bins"
               width="1000" height="800" loading="lazy">
        </div>
        <div class="image-with-text__text-item grid__item">
          <div class="image-with-text__content rte">
            <h2 class="image-with-text__heading h1">A greener salon</h2>
            <p>We're a proud member of the Green Salon Collective, which means around 95% of our salon
              waste is recycled or repurposed. Used foils and colour tubes are melted down and recycled,
              leftover chemicals are collected so they never go down the drain, and the hair we sweep up
              is turned into hair booms that soak up oil spills or is composted.</p>
            <p>Our backwash and styling products come from Davines, a certified B Corp, and our towels are
              washed by a local laundry that runs on renewable energy. It all adds about 50p to each
              appointment, which we think is worth it.</p>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>
<section id="shopify-section-template--17438290__instagram" class="shopify-section section">
  <div class="page-width instagram-feed">
    <h2 class="h2">Follow us @saltwaterhairbrighton</h2>
    <div class="instagram-feed__grid" data-instafeed-limit="6"></div>
  </div>
</section>"""

_CUTS = """
<h1 class="main-page-title page-title h0">Cuts &amp; Styling</h1>
<div class="rte">
  <p>Every cut includes a consultation, a wash and head massage with Davines products, and a finish. Prices
    depend on the level of your stylist, not on your gender. You'll find what each level means on our
    <a href="/pages/team/">Meet the Team</a> page.</p>
  <p>Prices are for hair of average thickness. We'll always confirm the price at your consultation,
    before we start.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead>
        <tr><th>Service</th><th>Graduate Stylist</th><th>Stylist</th><th>Senior Stylist</th>
          <th>Creative Director</th></tr>
      </thead>
      <tbody>
        <tr><td>Cut &amp; finish, short hair (above the shoulders)</td><td>&pound;44</td><td>&pound;52</td>
          <td>&pound;62</td><td>&pound;78</td></tr>
        <tr><td>Cut &amp; finish, long hair (below the shoulders)</td><td>&pound;50</td><td>&pound;58</td>
          <td>&pound;68</td><td>&pound;85</td></tr>
        <tr><td>Restyle (a big change in length or shape)</td><td>&pound;58</td><td>&pound;66</td>
          <td>&pound;78</td><td>&pound;95</td></tr>
        <tr><td>Dry cut (no wash, no finish)</td><td>&pound;34</td><td>&pound;40</td><td>&pound;48</td>
          <td>&pound;60</td></tr>
        <tr><td>Blow-dry, short or medium hair</td><td>&pound;30</td><td>&pound;34</td><td>&pound;38</td>
          <td>&pound;46</td></tr>
        <tr><td>Blow-dry, long or very thick hair</td><td>&pound;36</td><td>&pound;40</td><td>&pound;45</td>
          <td>&pound;54</td></tr>
        <tr><td>Hair up / occasion styling (proms, parties, races)</td><td>&pound;55</td><td>&pound;62</td>
          <td>&pound;70</td><td>&pound;85</td></tr>
      </tbody>
    </table>
  </div>
  <p>Want curls or waves put in with tongs after your blow-dry? Add &pound;10.</p>
  <h2>Fringe trims</h2>
  <p>A fringe trim is &pound;10 with any stylist and takes about ten minutes. If you had your cut with us
    in the last six weeks, fringe trims are free. Pop in Tuesday to Friday and we'll fit you in between
    appointments, or book a slot online if you'd rather not wait.</p>
  <h2>Treatments you can add</h2>
  <ul>
    <li>Olaplex No.1 &amp; No.2 bond repair treatment: &pound;25</li>
    <li>K18 molecular repair treatment: &pound;30</li>
    <li>Davines NouNou nourishing mask with steam: &pound;12</li>
  </ul>
  <p>Getting married? Wedding hair and trials are on our <a href="/pages/bridal/">Bridal</a> page.</p>
</div>"""

_COLOUR = """
<h1 class="main-page-title page-title h0">Colour &amp; Grey Coverage</h1>
<div class="rte">
  <p>From covering the first few greys to a complete change of shade, our colourists use Wella
    Professionals and the ammonia-free Davines Mask with Vibrachrom range. Every colour service includes
    a wash and a blow-dry finish. Looking for lighter, sun-kissed pieces? See
    <a href="/pages/balayage-and-highlights/">Balayage &amp; Highlights</a>.</p>
  <p>Prices below are for shoulder-length hair of average thickness. Long or very thick hair can be up to
    &pound;20 more, and we'll tell you at your consultation.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead>
        <tr><th>Service</th><th>Graduate Stylist</th><th>Stylist</th><th>Senior Stylist</th>
          <th>Creative Director</th></tr>
      </thead>
      <tbody>
        <tr><td>Root colour (regrowth up to 2cm, about six weeks)</td><td>&pound;60</td><td>&pound;68</td>
          <td>&pound;76</td><td>&pound;92</td></tr>
        <tr><td>Root colour, extra regrowth (over 2cm)</td><td>&pound;68</td><td>&pound;76</td>
          <td>&pound;84</td><td>&pound;100</td></tr>
        <tr><td>Full head colour</td><td>&pound;78</td><td>&pound;88</td><td>&pound;98</td>
          <td>&pound;118</td></tr>
        <tr><td>Grey blending (semi-permanent, fades softly)</td><td>&pound;52</td><td>&pound;58</td>
          <td>&pound;64</td><td>&pound;78</td></tr>
        <tr><td>Gloss or toner on its own</td><td>&pound;35</td><td>&pound;38</td><td>&pound;42</td>
          <td>&pound;50</td></tr>
        <tr><td>Add a cut to any colour service</td><td>&pound;30</td><td>&pound;36</td><td>&pound;42</td>
          <td>&pound;52</td></tr>
      </tbody>
    </table>
  </div>
  <h2>Colour correction</h2>
  <p>Colour correction means fixing colour that has gone wrong or taking out dark or box dye colour so
    you can go lighter. Because every head of hair is different, it's priced at &pound;75 per hour after a
    consultation, and it often takes two or three sessions to get there safely. Colour correction is
    carried out by Dan or one of our senior colourists only.</p>
  <p>If you've used any home dye, henna or colour-remover in the last two years, please tell us when you
    book. Some home colours react with lightener, so we'll do a strand test on a small hidden section
    first.</p>
  <h2>Vivid and fashion shades</h2>
  <p>Pinks, coppers, blues and pastels are priced as a full head colour plus any lightening needed.
    Vivid shades fade faster than natural tones, so expect to refresh them every four to six weeks.</p>
</div>"""

_BALAYAGE = """
<h1 class="main-page-title page-title h0">Balayage &amp; Highlights</h1>
<div class="rte">
  <p>Balayage is painted on freehand for a soft, natural grow-out with no harsh regrowth line. Foil
    highlights give a more even, brighter result from the root. Not sure which is for you? Bring a few
    photos and we'll talk it through at the start of your appointment.</p>
  <p>A bond builder (Olaplex) is included in every lightening service at no extra cost, and balayage
    prices include a toner and blow-dry finish.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead>
        <tr><th>Service</th><th>Graduate Stylist</th><th>Stylist</th><th>Senior Stylist</th>
          <th>Creative Director</th></tr>
      </thead>
      <tbody>
        <tr><td>Face-framing highlights ("money piece")</td><td>&pound;60</td><td>&pound;68</td>
          <td>&pound;76</td><td>&pound;90</td></tr>
        <tr><td>T-section / parting highlights</td><td>&pound;65</td><td>&pound;75</td><td>&pound;85</td>
          <td>&pound;102</td></tr>
        <tr><td>Half head foil highlights</td><td>&pound;88</td><td>&pound;98</td><td>&pound;110</td>
          <td>&pound;130</td></tr>
        <tr><td>Full head foil highlights</td><td>&pound;110</td><td>&pound;122</td><td>&pound;135</td>
          <td>&pound;160</td></tr>
        <tr><td>Balayage (freehand, includes toner)</td><td>&pound;140</td><td>&pound;155</td>
          <td>&pound;175</td><td>&pound;210</td></tr>
        <tr><td>Full head babylights / lived-in blonde</td><td>&pound;150</td><td>&pound;165</td>
          <td>&pound;185</td><td>&pound;220</td></tr>
      </tbody>
    </table>
  </div>
  <h2>How long will I be in the chair?</h2>
  <ul>
    <li>Face-framing or T-section highlights: about 1&frac12; hours</li>
    <li>Half head foils: about 2 hours</li>
    <li>Full head foils: about 3 hours</li>
    <li>Balayage: 3 to 4 hours, and up to 5 hours if you're going a lot lighter</li>
  </ul>
  <p>For longer appointments, feel free to bring a laptop or a book. We'll make sure you're well supplied
    with tea and biscuits.</p>
  <h2>Keeping it fresh</h2>
  <p>Foil highlights usually need a refresh every six to eight weeks. Balayage grows out softly, so most
    clients come back every 12 to 16 weeks, often with a gloss in between to keep the tone bright.</p>
</div>"""

_SKIN_TEST = """
<h1 class="main-page-title page-title h0">Skin Tests for Colour</h1>
<div class="rte">
  <p>Hair colour can cause allergic reactions, sometimes even in people who have coloured their hair for
    years without any problem. To keep you safe, and because it's required by our insurers and the colour
    manufacturers, we ask for a skin test (sometimes called a patch test or allergy alert test) before colour.</p>
  <h2>When do I need one?</h2>
  <ul>
    <li>If you're new to colour with us, whatever you've had done elsewhere.</li>
    <li>If it's been more than six months since your last colour appointment at Saltwater.</li>
    <li>If you've had a temporary black henna tattoo since your last test. Black henna often contains
      PPD, which can make you much more sensitive to hair dye, so we'll need to test you again.</li>
    <li>If you've started new medication or had a change in your health since your last test.</li>
  </ul>
  <p>This covers every colour service: roots, full head colour, highlights, balayage, glosses, toners and
    grey blending.</p>
  <h2>How it works</h2>
  <p>Your test must be done at least 48 hours before your colour appointment. It's free and only takes
    five minutes. Just pop into the salon during opening hours and ask at reception, no appointment
    needed. We'll put a small dab of colour behind your ear and note it on your client record.</p>
  <p>We're sorry, but we can't post test kits or accept a test done at another salon. If you live
    further away, you'll need to make a short visit to us at least two days before your appointment;
    many clients combine it with a wander round the Lanes.</p>
  <h2>If you react</h2>
  <p>If you notice itching, burning, redness or swelling where the test was, wash the area with plain
    water and call us on 01273 606214. Please don't come in for your colour; we'll talk you through the
    alternatives. If the reaction is severe, seek medical help straight away.</p>
  <h2>Under 16s</h2>
  <p>We don't carry out permanent colour or lightening on anyone under 16. Semi-permanent colour is
    possible with a parent or guardian's written consent and a skin test.</p>
</div>"""

_EXTENSIONS = """
<h1 class="main-page-title page-title h0">Hair Extensions</h1>
<div class="rte">
  <p>Whether you want more length, more volume or just a fuller ponytail, Priya, our extensions
    specialist, uses Beauty Works 100% Remy human hair in more than 40 shades, so your extensions can be
    blended and even coloured to match. Every fitting includes a cut to blend the extensions in.</p>
  <h2>Our methods</h2>
  <ul>
    <li><strong>Tape-ins</strong>: thin, flat wefts that sit close to the head. Quick to fit and reusable.
      Moved up every six to eight weeks.</li>
    <li><strong>Nano rings</strong>: tiny metal rings, no heat or glue. Great for fine hair. Maintenance
      every eight to twelve weeks.</li>
    <li><strong>Hand-tied wefts</strong>: rows of hair sewn onto a beaded track. Best for thick hair
      and lots of volume. Moved up every six to eight weeks.</li>
  </ul>
  <p>Looked after properly, the hair itself lasts six to twelve months and is reused at each move-up.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead><tr><th>Service</th><th>Price</th></tr></thead>
      <tbody>
        <tr><td>Extensions consultation and colour match (30 minutes)</td><td>&pound;25</td></tr>
        <tr><td>Tape-ins, half head (20 tapes)</td><td>from &pound;320</td></tr>
        <tr><td>Tape-ins, full head (40 tapes)</td><td>from &pound;560</td></tr>
        <tr><td>Nano rings, 100 strands</td><td>from &pound;480</td></tr>
        <tr><td>Nano rings, 150 strands</td><td>from &pound;650</td></tr>
        <tr><td>Hand-tied wefts, one row / two rows</td><td>from &pound;420 / &pound;720</td></tr>
        <tr><td>Move-up: tape-ins / nano rings / per weft row</td><td>&pound;120 / &pound;150 / &pound;140</td></tr>
        <tr><td>Removal only: tape-ins / nano rings / per weft row</td><td>&pound;60 / &pound;80 / &pound;50</td></tr>
      </tbody>
    </table>
  </div>
  <p>Fitting prices include the hair. We're happy to remove extensions fitted at another salon; the
    removal prices above apply.</p>
  <h2>Consultation and ordering</h2>
  <p>A consultation is required before any fitting. The &pound;25 fee comes off your fitting. Your hair is
    then ordered specially for you, and we take a 50% deposit when you book the fitting. Because the hair
    is ordered to your shade and length, this deposit can't be refunded once the order has been placed.</p>
  <h2>Caring for extensions</h2>
  <p>Brush two or three times a day with a soft loop brush, sleep with your hair in a loose plait, and
    keep oils and conditioner away from the bonds and tapes.</p>
</div>"""

_KERATIN = """
<h1 class="main-page-title page-title h0">Keratin Smoothing</h1>
<div class="rte">
  <p>Our smoothing treatment uses Cezanne, a formaldehyde-free keratin system. It cuts frizz, adds shine
    and can halve your blow-drying time. It won't leave naturally curly hair poker-straight; curls are
    softened and loosened, and waves become smoother and easier to manage.</p>
  <p>Results last three to five months, fading gradually, and the treatment is safe on coloured and
    highlighted hair. If your hair is very lightened or damaged, we'll do a strand test first.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead><tr><th>Treatment</th><th>Time</th><th>Price</th></tr></thead>
      <tbody>
        <tr><td>Express smoothing (lasts around six weeks)</td><td>90 minutes</td><td>&pound;95</td></tr>
        <tr><td>Full keratin smoothing, short hair</td><td>2&frac12; hours</td><td>&pound;160</td></tr>
        <tr><td>Full keratin smoothing, medium hair</td><td>3 hours</td><td>&pound;210</td></tr>
        <tr><td>Full keratin smoothing, long hair</td><td>3&frac12; hours</td><td>&pound;260</td></tr>
        <tr><td>Extra long or very thick hair</td><td>up to 4 hours</td><td>from &pound;300</td></tr>
      </tbody>
    </table>
  </div>
  <h2>Before your treatment</h2>
  <p>If you're planning colour too, have it done first. We can colour and smooth on the same day, or
    colour at least a week beforehand.</p>
  <p>As a precaution, we don't carry out keratin smoothing during pregnancy or while breastfeeding. We're
    happy to book you in afterwards, and in the meantime a Davines NouNou mask can help with frizz.</p>
  <h2>After your treatment</h2>
  <ul>
    <li>Don't wash your hair for 48 hours.</li>
    <li>For those 48 hours, keep your hair down: no ponytails, clips, hair bands or tucking it behind
      your ears, as they can leave kinks.</li>
    <li>Afterwards, use a sulphate-free shampoo to make the results last.</li>
    <li>Avoid the sea and swimming pools for the first week.</li>
  </ul>
</div>"""

_CURLY = """
<h1 class="main-page-title page-title h0">Curly Hair</h1>
<div class="rte">
  <p>Curls need a different approach. Our curl specialists, Amara and Jamie, are trained in curl-by-curl
    dry cutting (the Rezo and DevaCut methods), so we cut your curls the way they naturally fall rather
    than stretching them out wet. We welcome every curl pattern, from loose waves to tight coils.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead><tr><th>Service</th><th>Stylist</th><th>Senior Stylist</th></tr></thead>
      <tbody>
        <tr><td>New curl client: consultation, curly cut, style and styling lesson (90 minutes)</td>
          <td>&pound;70</td><td>&pound;78</td></tr>
        <tr><td>Returning curly cut &amp; style (60 minutes)</td><td>&pound;60</td><td>&pound;68</td></tr>
        <tr><td>Curl refresh: wash, deep condition and define, no cut</td><td>&pound;48</td>
          <td>&pound;52</td></tr>
      </tbody>
    </table>
  </div>
  <h2>How to come to your curly cut</h2>
  <p>We need to see your curls in their natural state, so please:</p>
  <ul>
    <li>Wash and style your hair as you normally would, the day before or on the morning of your
      appointment.</li>
    <li>Don't straighten it, blow-dry it out or come in with it wet.</li>
    <li>Wear it down, not tied up or in a bun, so there are no kinks from bobbles.</li>
    <li>Bring the products you use at the moment so we can talk about what's working.</li>
  </ul>
  <p>We finish with Boucl&egrave;me and Davines Love Curl products and show you how to diffuse, scrunch
    and plop at home.</p>
  <h2>What we don't do</h2>
  <p>We don't offer braiding, locs, silk presses or weaves. If you need any of those, ask us for a
    recommendation.</p>
</div>"""

_BRIDAL = """
<h1 class="main-page-title page-title h0">Bridal &amp; Wedding Hair</h1>
<div class="rte">
  <p>From boho beach weddings on Hove lawns to country house ceremonies in the South Downs, our bridal
    team, led by Lottie, creates hair that lasts from the first look to the last dance. We style brides,
    bridesmaids, mothers of the bride and little flower girls.</p>
  <h2>Your bridal trial</h2>
  <p>A trial is essential for every bride. It takes about 90 minutes in the salon and costs &pound;85.
    Bring your veil or accessories, photos you love and ideally wear a top with a similar neckline to your
    dress. We recommend booking your trial six to twelve weeks before the wedding, once your dress is
    chosen and any colour is done. Trials run Tuesday to Friday only.</p>
  <h2>Wedding morning in the salon</h2>
  <div class="table-wrapper">
    <table class="price-table">
      <thead><tr><th></th><th>In the salon</th><th>On location</th></tr></thead>
      <tbody>
        <tr><td>Bride</td><td>&pound;150</td><td>&pound;195</td></tr>
        <tr><td>Bridesmaid or mother of the bride</td><td>&pound;65</td><td>&pound;70</td></tr>
        <tr><td>Flower girl (under 12)</td><td>&pound;30</td><td>&pound;35</td></tr>
      </tbody>
    </table>
  </div>
  <h2>We come to you</h2>
  <p>We travel to homes, hotels and venues across Sussex. On-location bookings on a Saturday need a
    minimum of three people. Travel within Brighton &amp; Hove is free; further afield we charge 50p per
    mile for the round trip from the salon. Starts before 7am carry an early start fee of &pound;40 per
    stylist, and for venues with paid parking we ask you to cover the cost.</p>
  <h2>Securing your date</h2>
  <p>We take bookings up to 18 months ahead. A &pound;150 non-refundable deposit secures your date and
    comes off your final bill; the balance is due 14 days before the wedding.</p>
  <h2>Make-up</h2>
  <p>We don't offer make-up ourselves, but we work closely with Clara Jones Make-Up, who can often be
    booked alongside us on the morning.</p>
</div>"""

_MENS_KIDS = """
<h1 class="main-page-title page-title h0">Men's &amp; Kids' Cuts</h1>
<div class="rte">
  <h2>Men's cuts</h2>
  <p>Classic scissor cuts, textured crops and sharp fades. Every cut includes a wash and finish with
    Davines products. Kofi is our go-to for fades and beard work.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead>
        <tr><th>Service</th><th>Graduate Stylist</th><th>Stylist</th><th>Senior Stylist</th>
          <th>Creative Director</th></tr>
      </thead>
      <tbody>
        <tr><td>Men's cut &amp; finish</td><td>&pound;30</td><td>&pound;34</td><td>&pound;38</td>
          <td>&pound;46</td></tr>
        <tr><td>Skin fade</td><td>&pound;34</td><td>&pound;38</td><td>&pound;42</td><td>&pound;50</td></tr>
        <tr><td>Men's grey blending (20 minutes, add to any cut)</td><td>&pound;30</td><td>&pound;30</td>
          <td>&pound;30</td><td>&pound;30</td></tr>
      </tbody>
    </table>
  </div>
  <ul>
    <li>Clipper cut (one grade all over), any stylist: &pound;20</li>
    <li>Beard shape-up added to a cut: &pound;10; beard trim on its own: &pound;15</li>
  </ul>
  <p>Please note we don't do wet shaves, so no hot towel or cut-throat razor shaves.</p>
  <h2>Kids' cuts</h2>
  <p>Kids' cuts are the same price whichever stylist you book with.</p>
  <div class="table-wrapper">
    <table class="price-table">
      <thead><tr><th>Age</th><th>Price</th></tr></thead>
      <tbody>
        <tr><td>Under 5</td><td>&pound;15</td></tr>
        <tr><td>5 to 10</td><td>&pound;20</td></tr>
        <tr><td>11 to 15</td><td>&pound;28</td></tr>
        <tr><td>16 and over</td><td>adult prices</td></tr>
      </tbody>
    </table>
  </div>
  <p>Very first haircut? We'll make a fuss of them, with a booster seat, a first haircut certificate and
    a little lock of hair in an envelope to take home, all included in the price.</p>
  <p>After-school and Saturday slots go quickly, especially in school holidays, so book a couple of weeks
    ahead if you can.</p>
</div>"""

_BOOKING = """
<h1 class="main-page-title page-title h0">Booking &amp; Cancellation Policy</h1>
<div class="rte">
  <p>We keep our policy as simple and fair as we can. When someone misses an appointment, a stylist loses
    hours of work that another client could have had, so thank you for helping us.</p>
  <h2>How to book</h2>
  <p>Book online through Fresha 24/7, call us on 01273 606214, or come and see us at reception. We can't
    take bookings through Instagram or Facebook messages, as we can't check them while we're working.</p>
  <h2>Deposits</h2>
  <ul>
    <li>New clients pay a deposit of 25% of the booked service when booking.</li>
    <li>For any service over &pound;150 (for example balayage, keratin smoothing or colour correction), all
      clients pay a &pound;50 deposit.</li>
    <li>Your deposit comes off your bill on the day.</li>
  </ul>
  <p>Hair extensions and bridal bookings have their own deposit terms, explained on those pages.</p>
  <h2>Changing or cancelling</h2>
  <ul>
    <li><strong>More than 48 hours' notice:</strong> no charge. Your deposit is refunded or moved to your
      new appointment.</li>
    <li><strong>Less than 48 hours' notice:</strong> your deposit is kept. If you don't have a deposit
      with us, we charge 50% of the booked service to the card saved on your Fresha account.</li>
    <li><strong>No-shows:</strong> the full price of the booked service is charged.</li>
  </ul>
  <p>We know life happens. For genuine emergencies, please call us and we'll use our discretion.</p>
  <h2>Running late?</h2>
  <p>Please call us as soon as you know. We can usually manage up to 15 minutes. If you're more than 15
    minutes late, we may need to shorten your service (still charged at the full price) or rebook you,
    and a rebooking counts as a late cancellation. Colour appointments can't be rushed, so colour clients
    arriving more than 15 minutes late will usually need to be rebooked.</p>
</div>"""

_AFTERCARE = """
<h1 class="main-page-title page-title h0">Aftercare &amp; Our 7-Day Promise</h1>
<div class="rte">
  <h2>Looking after coloured hair</h2>
  <ul>
    <li>Wait 48 hours before your first wash, so the colour can settle.</li>
    <li>Wash in lukewarm or cool water, two or three times a week, with a sulphate-free, colour-safe
      shampoo.</li>
    <li>Always use a heat protector before blow-drying, straightening or curling.</li>
    <li>Sun fades colour, so wear a hat or use a UV spray on long sunny days.</li>
  </ul>
  <h2>Blondes and lightened hair</h2>
  <p>Use a purple or silver shampoo once a week to keep brassiness away, and don't leave it on for more
    than two or three minutes or you may end up with a lilac tinge. A weekly mask and a bond-building
    product at home will keep lightened hair strong.</p>
  <h2>Sea swimming and pools</h2>
  <p>Lots of our clients swim in the sea all year round, and plenty swim at the pool. Before you go in,
    wet your hair with fresh tap water and comb through a leave-in conditioner, so it soaks up less salt
    or chlorine, and rinse it as soon as you get out. Try to avoid swimming for a week after any
    lightening.</p>
  <p>Copper and chlorine in pool water can give blonde hair a green tinge. If that happens, please don't
    try home remedies; book a clarifying treatment with us (&pound;15, about 30 minutes), which lifts out the
    green without harming your colour.</p>
  <h2>Our 7-day promise</h2>
  <p>If you're not completely happy with any service, let us know within seven days and we'll put it right
    free of charge, with the same stylist or someone else if you'd prefer. Just call or email and we'll find
    you a time. After seven days, or if the hair has been coloured or treated elsewhere since, our normal
    prices apply. We don't give refunds on services, but we'll always do our best to fix things.</p>
</div>"""

_PRODUCTS = [
    (
        "davines-oi-shampoo",
        "Davines OI Shampoo 280ml",
        "27.50",
        "Our best-seller. Roucou oil for softness and shine, suitable for all hair types.",
    ),
    (
        "davines-oi-conditioner",
        "Davines OI Conditioner 250ml",
        "30.00",
        "Lightweight conditioner that detangles without weighing hair down.",
    ),
    (
        "davines-alchemic-silver",
        "Davines Alchemic Shampoo Silver 280ml",
        "28.00",
        "Purple toning shampoo for blonde, grey and silver hair.",
    ),
    (
        "olaplex-no3",
        "Olaplex No.3 Hair Perfector 100ml",
        "28.00",
        "At-home bond building treatment for lightened hair.",
    ),
    (
        "k18-mask",
        "K18 Leave-In Molecular Repair Mask 50ml",
        "75.00",
        "Four-minute leave-in treatment that repairs damage from bleach and heat.",
    ),
    (
        "boucleme-curl-cream",
        "Boucl&egrave;me Curl Cream 300ml",
        "24.00",
        "Moisturising curl cream for definition without crunch. Vegan.",
    ),
    (
        "davines-melu-shield",
        "Davines Melu Hair Shield 125ml",
        "26.00",
        "Heat protection up to 230&deg;C for blow-drying and straightening.",
    ),
    (
        "ghd-platinum-plus",
        "ghd Platinum+ Styler",
        "249.00",
        "Smart straighteners that adapt to your hair's thickness. Two-year guarantee.",
    ),
]


def _product_grid():
    cards = []
    for handle, title, price, blurb in _PRODUCTS:
        cards.append(
            f"""
      <li class="grid__item scroll-trigger animate--slide-in" id="{handle}">
        <div class="card-wrapper product-card-wrapper underline-links-hover">
          <div class="card card--standard card--media" style="--ratio-percent: 100%;">
            <div class="card__inner color-background-2 gradient ratio">
              <div class="card__media">
                <div class="media media--transparent media--hover-effect">
                  <img src="/cdn/shop/products/{handle}.jpg?width=533" alt="{title}" width="533" height="533"
                       loading="lazy" class="motion-reduce">
                </div>
              </div>
            </div>
            <div class="card__content">
              <div class="card__information">
                <h3 class="card__heading h5"><a href="/collections/shop/#{handle}" class="full-unstyled-link">
                  {title}</a></h3>
                <div class="card-information">
                  <p class="card__blurb caption">{blurb}</p>
                  <div class="price"><div class="price__container"><div class="price__regular">
                    <span class="visually-hidden">Regular price</span>
                    <span class="price-item price-item--regular">&pound;{price} GBP</span>
                  </div></div></div>
                </div>
              </div>
              <button type="button" class="quick-add__submit button button--full-width button--secondary"
                      name="add">Add to basket</button>
            </div>
          </div>
        </div>
      </li>"""
        )
    return "".join(cards)


_SHOP = (
    """
<section id="shopify-section-template--17438295__banner" class="shopify-section section">
  <div class="collection-hero page-width">
    <div class="collection-hero__text-wrapper">
      <h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>Shop</h1>
      <div class="collection-hero__description rte">
        <p>The products we use and love in the salon, chosen by our stylists. Not sure what's right for your
          hair? Ask your stylist at your next appointment or drop us an email.</p>
      </div>
    </div>
  </div>
</section>
<section id="shopify-section-template--17438295__product-grid" class="shopify-section section">
  <div class="page-width">
    <div class="facets-container">
      <p class="product-count-vertical light" role="status">8 products</p>
    </div>
    <ul id="product-grid" class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop" role="list">"""
    + _product_grid()
    + """
    </ul>
  </div>
</section>"""
    + _section(
        """
<div class="rte shop-info">
  <h2>Delivery and collection</h2>
  <ul>
    <li><strong>Click &amp; collect:</strong> free. Orders are ready to pick up from the salon within two
      hours during opening hours.</li>
    <li><strong>Local cargo-bike delivery:</strong> &pound;2.50 for BN1, BN2 and BN3 postcodes, same day
      if you order by 12 noon, Tuesday to Saturday.</li>
    <li><strong>UK delivery:</strong> Royal Mail Tracked 48, &pound;3.95, or free on orders over
      &pound;45. Usually with you in two to three working days.</li>
  </ul>
  <h2>Returns</h2>
  <p>Unopened products can be returned within 30 days for a refund. For hygiene reasons we can't take back
    opened products, unless they're faulty.</p>
  <h2>Refill station</h2>
  <p>Bring back your empty Davines shampoo or conditioner bottle and we'll refill it in the salon for 20%
    less than a new one.</p>
</div>""",
        "shop_info",
    )
)

_VOUCHERS = """
<h1 class="main-page-title page-title h0">Gift Vouchers</h1>
<div class="rte">
  <p>Treat someone to a fresh cut, a blow-dry before a big night out or the balayage they keep talking
    about. Our gift vouchers can be spent on any service or product in the salon.</p>
  <h2>Choose your voucher</h2>
  <ul>
    <li><strong>Money vouchers</strong> for any amount from &pound;20 to &pound;500.</li>
    <li><strong>Service vouchers</strong> for a particular treatment, for example a blow-dry or a
      balayage with a senior stylist.</li>
  </ul>
  <h2>E-vouchers or gift cards</h2>
  <p>E-vouchers are bought online and emailed straight away, any time of day, so they're perfect for
    last-minute presents. You can send it to yourself to print, or straight to the lucky person, and you
    can even schedule it to arrive on a particular date with a personal message.</p>
  <p>Prefer something to hold? Physical gift cards come in a recycled card wallet. Buy them at reception,
    or we can post one for &pound;2 (second class, allow three to five working days).</p>
  <h2>The small print</h2>
  <ul>
    <li>Vouchers are valid for 12 months from the date of purchase.</li>
    <li>The balance can be spent over several visits until it's used up.</li>
    <li>Vouchers can't be exchanged for cash.</li>
    <li>Lost your voucher? Let us know the name it was bought under and we'll reissue it if it hasn't been
      used.</li>
  </ul>
  <div class="voucher-embed" data-fresha-voucher="saltwater-hair-studio-x8k2r1">
    <a href="https://www.fresha.com/vouchers/saltwater-hair-studio-x8k2r1" class="button button--primary"
       target="_blank" rel="noopener">Buy a gift voucher</a>
  </div>
</div>"""

_TEAM = """
<h1 class="main-page-title page-title h0">Meet the Team</h1>
<div class="rte">
  <h2>What do the stylist levels mean?</h2>
  <p>Our prices are set by level, based on experience and demand. Every level gets the same care and the
    same products; more senior stylists simply have more years behind them and more specialist training.</p>
  <ul>
    <li><strong>Graduate Stylist</strong>: newly qualified after completing our two-year Saltwater
      Academy training. Lower prices, and a little extra time booked for each appointment.</li>
    <li><strong>Stylist</strong>: two to five years' experience on the salon floor.</li>
    <li><strong>Senior Stylist</strong>: five years or more, with advanced training in a specialism such as
      curls, extensions or colour.</li>
    <li><strong>Creative Director</strong>: fifteen years or more. Our directors lead the team's training
      and education.</li>
  </ul>
</div>
<div class="multicolumn team-grid">
  <ul class="multicolumn-list contains-content-container grid grid--2-col-tablet grid--3-col-desktop"
      role="list">
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Lottie Marsh, Creative Director &amp; owner</h3>
      <div class="rte"><p>Lottie opened Saltwater in 2014 after ten years in London salons. She loves a
        precise bob and leads our bridal team.</p></div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Dan Okafor, Creative Director (Colour)</h3>
      <div class="rte"><p>A Wella Master Colour Expert and our colour educator. Balayage, blondes and tricky
        colour corrections are his favourite challenges.</p></div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Amara Blake, Senior Stylist</h3>
      <div class="rte"><p>Our lead curl specialist, trained in Rezo and DevaCut. Amara has curly hair herself
        and knows every frizz struggle.</p></div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Priya Shah, Senior Stylist</h3>
      <div class="rte"><p>Extensions specialist and a brilliant cutter. Priya speaks Hindi and Gujarati as
        well as English, so she's happy to chat through your appointment in whichever you prefer.</p>
      </div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Jamie Reid (they/them), Stylist</h3>
      <div class="rte"><p>Vivid colour lover, curl cutter and fan of gender-neutral cuts. Jamie is also
        learning British Sign Language.</p></div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Kofi Mensah, Stylist</h3>
      <div class="rte"><p>Fades, textured crops and beard shaping. Kofi joined us from a Shoreditch barbershop
        in 2022.</p></div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Ellie Turner, Graduate Stylist</h3>
      <div class="rte"><p>Ellie graduated from the Saltwater Academy last year and is building a loyal
        following for her soft layers and blow-dries.</p></div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Sam Price, Apprentice</h3>
      <div class="rte"><p>In the second year of the Academy, assisting the team on the salon floor.</p>
      </div></div></li>
    <li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container">
      <h3>Rosie Hart, Salon Manager</h3>
      <div class="rte"><p>The first face you'll see at reception and the person who keeps the diary running
        smoothly.</p></div></div></li>
  </ul>
</div>"""

_VISIT = """
<h1 class="main-page-title page-title h0">Visit Us</h1>
<div class="rte">
  <p>You'll find us at <strong>14 Sydney Street, North Laine, Brighton BN1 4EN</strong>, between Gloucester
    Road and Trafalgar Street, with the teal door and the big plant in the window.</p>
  <h2>Opening hours</h2>
  <div class="table-wrapper">
    <table class="hours-table">
      <tbody>
        <tr><td>Monday</td><td>Closed</td></tr>
        <tr><td>Tuesday</td><td>9:30am to 6pm</td></tr>
        <tr><td>Wednesday</td><td>9:30am to 8pm</td></tr>
        <tr><td>Thursday</td><td>9:30am to 8pm</td></tr>
        <tr><td>Friday</td><td>9am to 6pm</td></tr>
        <tr><td>Saturday</td><td>8:30am to 5pm</td></tr>
        <tr><td>Sunday</td><td>10am to 4pm</td></tr>
      </tbody>
    </table>
  </div>
  <p>We close from Christmas Day to New Year's Day. Other bank holidays we keep our normal hours.</p>
  <h2>Getting here</h2>
  <p>By train: Brighton station is a seven-minute walk. Leave by the Trafalgar Street exit, head down the
    hill and turn right into Sydney Street. Buses 5, 5A and 7 stop on Gloucester Place, a few minutes
    away.</p>
  <h2>Parking</h2>
  <p>North Laine streets are resident permit and pay-by-phone only, and the bays nearby have a two-hour
    limit, which isn't long enough for most colour appointments. The easiest option is the NCP car park
    on Church Street, a five-minute walk, which is open 24 hours. There are bike racks right outside the
    salon.</p>
  <h2>Accessibility</h2>
  <p>The salon is all on the ground floor. There's one small step at the front door, and we have a portable
    ramp; ring the doorbell, which is at wheelchair height, and we'll put it out. One of our styling chairs
    can be moved so you can stay in your own wheelchair, and we have a portable basin if a backwash isn't
    comfortable. Our toilet is down a flight of stairs and isn't wheelchair accessible, sorry; the nearest
    accessible toilet is at Jubilee Library, three minutes away.</p>
  <h2>Quiet appointments</h2>
  <p>The first appointment on Tuesday and Wednesday mornings is a quiet appointment: music off, lights
    dimmed, no hairdryers running nearby and only as much chat as you want. Ear defenders are available.
    They're ideal for autistic or sensory-sensitive adults and children. Just ask for a quiet appointment
    when you book.</p>
</div>
<div class="map-embed" data-map-lat="50.8262" data-map-lng="-0.1381">
  <img src="/cdn/shop/files/map-sydney-street.png" alt="Map showing 14 Sydney Street" width="800" height="450"
       loading="lazy">
</div>"""

_CAREERS = """
<h1 class="main-page-title page-title h0">Careers &amp; the Saltwater Academy</h1>
<div class="rte">
  <p>We grow our own talent. Most of our stylists trained with us, and we're always happy to hear from
    people who love hair as much as we do.</p>
  <h2>Apprenticeships</h2>
  <p>Our apprentices work towards the Level 2 Hairdressing Professional apprenticeship over 18 to 24
    months. You'll spend one day a week at Greater Brighton Metropolitan College and the rest in the salon,
    with our own training sessions every Tuesday evening.</p>
  <ul>
    <li>Open to anyone aged 16 or over. No experience needed, just enthusiasm and a good attitude.</li>
    <li>Paid from day one at &pound;8.50 an hour, well above the apprentice minimum, rising after 12
      months.</li>
    <li>GCSE English and maths are helpful but not essential; you can study for them alongside.</li>
    <li>We take on new apprentices each September. Applications open in March and close at the end of
      May.</li>
  </ul>
  <p>To apply, email a CV and a few lines about why you'd like to be a hairdresser to
    <a href="mailto:careers@saltwaterhair.co.uk">careers@saltwaterhair.co.uk</a>. Shortlisted applicants are
    invited to a paid trial day.</p>
  <h2>Be a model</h2>
  <p>Our apprentices and graduate stylists need models. Model evenings run on Tuesdays from 6pm, with every
    step checked by Lottie or Dan. A cut is &pound;10, colour from &pound;25 to cover product, and blow-dries
    are free. Allow two to three hours. To join the models list, email us with a recent photo of your hair.</p>
  <h2>Current vacancies</h2>
  <ul>
    <li><strong>Senior Stylist</strong>, full-time or four days a week. Salary from &pound;28,000 plus
      commission.</li>
    <li><strong>Saturday Assistant</strong>, aged 16 or over, 8:30am to 5pm, &pound;11.44 an hour.</li>
  </ul>
  <p>Team perks include your birthday off, a &pound;500 yearly education budget and 40% off retail
    products.</p>
</div>"""


def _accordion(rows):
    items = []
    for i, (question, answer) in enumerate(rows, start=1):
        items.append(
            f"""
  <div class="accordion content-container color-background-1 gradient">
    <details id="Details-collapsible-row-{i}-template--17438299__collapsible_content">
      <summary id="Summary-collapsible-row-{i}">
        <svg aria-hidden="true" focusable="false" class="icon icon-accordion color-foreground-text"></svg>
        <h3 class="accordion__title inline-richtext h4">{question}</h3>
        <svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"></svg>
      </summary>
      <div class="accordion__content rte" id="CollapsibleAccordion-{i}" role="region"
           aria-labelledby="Summary-collapsible-row-{i}">
        <p>{answer}</p>
      </div>
    </details>
  </div>"""
        )
    return "".join(items)


_FAQ_ROWS = [
    (
        "Do I need a consultation before my appointment?",
        "Consultations are free, take around 15 minutes and can be in the salon or on a video call. We "
        "recommend one before a big change, such as going from dark to blonde. Hair extensions have their "
        "own consultation, explained on the extensions page.",
    ),
    (
        "Should I wash my hair before I come in?",
        "There's no need. For colour, hair washed a day or two before is perfect. Please come with your hair "
        "dry and without heavy styling products.",
    ),
    (
        "Can I bring my dog?",
        "Yes! Well-behaved dogs on a lead are welcome Tuesday to Friday, and we keep a water bowl and treats "
        "behind reception. Saturdays and Sundays are too busy for pets, sorry. Assistance dogs are welcome "
        "any day.",
    ),
    (
        "Can I bring my children to my appointment?",
        "Children are welcome as long as another adult comes along to look after them. Our team can't "
        "supervise children while you're in the chair or while your colour is developing.",
    ),
    (
        "How can I pay?",
        "We take all major cards including American Express, Apple Pay, Google Pay and cash. We don't accept "
        "cheques. Klarna is available in the salon on bills over &pound;100, split into three interest-free "
        "payments.",
    ),
    (
        "Do you add a service charge? Should I tip?",
        "There's no service charge. Tips are never expected but always appreciated; you can add one to your "
        "card payment and it goes to your stylist in full.",
    ),
    (
        "Can I book in with a friend at the same time?",
        "Of course. Call us and we'll book you side by side with two stylists.",
    ),
    (
        "Do you do home visits?",
        "We don't offer home visits, apart from wedding mornings.",
    ),
    (
        "Is there Wi-Fi?",
        "Yes, free Wi-Fi for clients. Ask at reception for the password.",
    ),
    (
        "What drinks do you offer?",
        "Coffee from Small Batch, loose-leaf teas, oat or dairy milk, and on Wednesday and Thursday late "
        "nights a glass of something sparkling.",
    ),
]

_FAQ = (
    """
<h1 class="main-page-title page-title h0">Frequently Asked Questions</h1>
<div class="rte">
  <p>Can't find what you're looking for? Call us on 01273 606214 or email hello@saltwaterhair.co.uk.</p>
</div>
<div class="collapsible-content collapsible-none-layout">"""
    + _accordion(_FAQ_ROWS)
    + """
</div>"""
)

HTML = {
    "/": _page(
        "/",
        "Home",
        "Independent hair salon and colour studio in Brighton's North Laine. Cuts, colour, balayage, curls, "
        "extensions and bridal hair.",
        _HOME,
        reviews=True,
        template="index",
    ),
    "/pages/cuts-and-styling/": _page(
        "/pages/cuts-and-styling/",
        "Cuts & Styling Prices",
        "Haircut, blow-dry and hair-up prices by stylist level at Saltwater Hair Studio, Brighton.",
        _section(_CUTS),
        sidebar=True,
    ),
    "/pages/colour/": _page(
        "/pages/colour/",
        "Colour & Grey Coverage",
        "Root colour, full head colour, grey blending, toners and colour correction in Brighton.",
        _section(_COLOUR),
        sidebar=True,
    ),
    "/pages/balayage-and-highlights/": _page(
        "/pages/balayage-and-highlights/",
        "Balayage & Highlights",
        "Balayage, foil highlights, babylights and face-framing pieces. Prices and timings.",
        _section(_BALAYAGE),
        sidebar=True,
        reviews=True,
    ),
    "/pages/skin-test/": _page(
        "/pages/skin-test/",
        "Skin Tests",
        "Why we need a skin test before hair colour, when you need one and how it works.",
        _section(_SKIN_TEST),
    ),
    "/pages/hair-extensions/": _page(
        "/pages/hair-extensions/",
        "Hair Extensions",
        "Tape-in, nano ring and hand-tied weft hair extensions in Brighton, with prices and maintenance.",
        _section(_EXTENSIONS),
        sidebar=True,
    ),
    "/pages/keratin-smoothing/": _page(
        "/pages/keratin-smoothing/",
        "Keratin Smoothing",
        "Formaldehyde-free keratin smoothing treatments to banish frizz. Prices, timings and aftercare.",
        _section(_KERATIN),
        sidebar=True,
    ),
    "/pages/curly-hair/": _page(
        "/pages/curly-hair/",
        "Curly Hair",
        "Curl-by-curl dry cutting with our curl specialists in Brighton.",
        _section(_CURLY),
        sidebar=True,
        reviews=True,
    ),
    "/pages/bridal/": _page(
        "/pages/bridal/",
        "Bridal & Wedding Hair",
        "Bridal hair trials and wedding morning styling in the salon or at your venue across Sussex.",
        _section(_BRIDAL),
        sidebar=True,
        reviews=True,
    ),
    "/pages/mens-and-kids/": _page(
        "/pages/mens-and-kids/",
        "Men's & Kids' Cuts",
        "Men's haircuts, skin fades, beard trims and children's haircuts in Brighton.",
        _section(_MENS_KIDS),
        sidebar=True,
    ),
    "/pages/booking-policy/": _page(
        "/pages/booking-policy/",
        "Booking & Cancellation Policy",
        "How to book, deposits, cancellations, no-shows and late arrivals.",
        _section(_BOOKING),
    ),
    "/pages/aftercare/": _page(
        "/pages/aftercare/",
        "Aftercare & 7-Day Promise",
        "How to look after your colour and lightened hair, swimming tips and our 7-day promise.",
        _section(_AFTERCARE),
    ),
    "/collections/shop/": _page(
        "/collections/shop/",
        "Shop",
        "Buy Davines, Olaplex, K18, Boucleme and ghd from Saltwater Hair Studio. Click and collect or delivery.",
        _SHOP,
        template="collection",
    ),
    "/pages/gift-vouchers/": _page(
        "/pages/gift-vouchers/",
        "Gift Vouchers",
        "Saltwater Hair Studio gift vouchers: e-vouchers emailed instantly or gift cards.",
        _section(_VOUCHERS),
        sidebar=True,
    ),
    "/pages/team/": _page(
        "/pages/team/",
        "Meet the Team",
        "Meet the stylists at Saltwater Hair Studio and find out what our stylist levels mean.",
        _section(_TEAM),
        reviews=True,
    ),
    "/pages/visit-us/": _page(
        "/pages/visit-us/",
        "Visit Us",
        "Opening hours, directions, parking and accessibility at Saltwater Hair Studio, Sydney Street, Brighton.",
        _section(_VISIT),
    ),
    "/pages/careers/": _page(
        "/pages/careers/",
        "Careers",
        "Hairdressing apprenticeships, model evenings and current vacancies at Saltwater Hair Studio.",
        _section(_CAREERS),
    ),
    "/pages/faq/": _page(
        "/pages/faq/",
        "FAQs",
        "Answers to common questions about visiting Saltwater Hair Studio.",
        _section(_FAQ),
        sidebar=True,
    ),
}

QUESTIONS = [
    (
        "do you guys recycle your foils and all the hair you sweep up? trying to only go to eco friendly places "
        "these days",
        "/",
    ),
    (
        "How much is a blow dry for long thick hair? Not fussed about a senior, a normal stylist is fine",
        "/pages/cuts-and-styling/",
    ),
    (
        "Had my cut with you three weeks ago and the fringe is already in my eyes, do I have to pay to get it trimmed?",
        "/pages/cuts-and-styling/",
    ),
    (
        "I've got about an inch of grey showing at the roots now. how much to just get the roots done",
        "/pages/colour/",
    ),
    (
        "Roughly how long does balayage take? Need to know how long to pay for parking for",
        "/pages/balayage-and-highlights/",
    ),
    (
        "I'm coming down from London to get my roots done in a couple of weeks, do I need to come in "
        "beforehand for anything?",
        "/pages/skin-test/",
    ),
    (
        "got one of those black henna tattoos on holiday in Egypt, is that going to be a problem for my hair "
        "colour next week",
        "/pages/skin-test/",
    ),
    (
        "I had tape ins put in at another salon and want them taken out, how much do you charge just to remove them?",
        "/pages/hair-extensions/",
    ),
    (
        "Im 5 months pregnant and my hair is so frizzy at the moment, can I still have the keratin straightening done",
        "/pages/keratin-smoothing/",
    ),
    (
        "After the smoothing treatment how long until I can wash it and tie it up in a ponytail for the gym?",
        "/pages/keratin-smoothing/",
    ),
    (
        "My hair is really curly. Should I turn up with it straightened, wet or what for the curly cut?",
        "/pages/curly-hair/",
    ),
    (
        "We're getting married at a barn near Lewes in September. Can your stylists come out to us on the "
        "morning and what would it cost for me and four bridesmaids?",
        "/pages/bridal/",
    ),
    (
        "Wedding is next June. When's the right time to book the hair trial",
        "/pages/bridal/",
    ),
    (
        "my 4 year old has never had a proper haircut, how much for his first one?",
        "/pages/mens-and-kids/",
    ),
    (
        "Stuck in traffic on the A23, going to be about 20 mins late for my 2pm colour. Will you still be able "
        "to do it?",
        "/pages/booking-policy/",
    ),
    (
        "if I cancel the day before will I lose my deposit",
        "/pages/booking-policy/",
    ),
    (
        "Been swimming at the leisure centre every morning since my highlights and they've gone a weird "
        "greenish colour, help!!",
        "/pages/aftercare/",
    ),
    (
        "Had my colour done with you on Thursday and honestly I'm not loving it. Is it too late to get it sorted?",
        "/pages/aftercare/",
    ),
    (
        "Can you post the shampoo out to me? I live over in Haywards Heath so it's a bit of a trek to come in",
        "/collections/shop/",
    ),
    (
        "want to get my sister a voucher for her birthday tomorrow, can you email it to me tonight?",
        "/pages/gift-vouchers/",
    ),
    (
        "My mum's English isn't great, she mostly speaks Gujarati. Is there anyone at the salon who could talk "
        "her through things?",
        "/pages/team/",
    ),
    (
        "wheres the best place to park near you",
        "/pages/visit-us/",
    ),
    (
        "My son is autistic and finds busy, noisy hairdressers really hard. Is there anything you can do to "
        "make it easier for him?",
        "/pages/visit-us/",
    ),
    (
        "I'm 16 and leaving school this summer and I really want to be a hairdresser. Do you take on trainees?",
        "/pages/careers/",
    ),
    (
        "Can I bring my little dog along to my appointment? She's very well behaved",
        "/pages/faq/",
    ),
]

OUT_OF_SCOPE = [
    "Do you do eyebrow threading or lash lifts as well?",
    "Is there a student discount? I'm at Sussex uni",
    "Can you cut and style a wig I bought online?",
    "Do you still do perms? My mum wants one like she had in the 80s",
    "Do you have a loyalty card or any points for regulars?",
    "I've been losing loads of hair since having my baby, do you offer any treatments for hair loss?",
    "What's the weather looking like on the seafront this weekend?",
    "Can you recommend a good Thai restaurant in the Lanes?",
]
