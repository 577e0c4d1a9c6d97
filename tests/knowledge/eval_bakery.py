"""An evaluation site: Sulis Bakehouse, an independent artisan bakery, café and cake shop in Bath (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. The HTML imitates a Shopify store on
a Dawn-like theme called "Craft": sticky header with details-disclosure mega menus, shopify-section wrappers
with rich-text blocks, product-card grids with prices, collapsible-content accordions, a cart drawer, a
cookie banner and a large footer with a newsletter form.
"""

NAME = "Sulis Bakehouse"

_DOMAIN = "https://sulisbakehouse.co.uk"

_MENU = [
    (
        "Shop",
        [
            ("/collections/bread/", "Bread &amp; sourdough"),
            ("/collections/postal-treats/", "Cakes &amp; treats by post"),
            ("/pages/bread-club/", "Bread Club subscription"),
            ("/products/gift-voucher/", "Gift vouchers"),
        ],
    ),
    (
        "Cakes",
        [
            ("/pages/celebration-cakes/", "Celebration cakes"),
            ("/pages/wedding-cakes/", "Wedding cakes"),
        ],
    ),
    (
        "Visit &amp; learn",
        [
            ("/pages/visit-us/", "Shop &amp; café"),
            ("/pages/baking-classes/", "Baking classes"),
            ("/pages/meet-the-team/", "Our story &amp; team"),
        ],
    ),
    (
        "Help",
        [
            ("/pages/delivery-and-collection/", "Local delivery &amp; click and collect"),
            ("/pages/allergens-dietary/", "Allergens &amp; dietary"),
            ("/pages/ingredients-and-sourcing/", "Ingredients &amp; sourcing"),
            ("/pages/storage-and-freezing/", "Storage &amp; freezing"),
            ("/pages/changes-cancellations-refunds/", "Changes, cancellations &amp; refunds"),
            ("/pages/faq/", "FAQs"),
        ],
    ),
    ("Wholesale", "/pages/wholesale/"),
    ("Contact", "/pages/contact/"),
]

_CARET = (
    '<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6">'
    '<path fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 '
    '00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg>'
)


def _current(href, path):
    return ' aria-current="page"' if href == path else ""


def _desktop_menu(path):
    items = []
    for i, (label, links) in enumerate(_MENU, 1):
        if isinstance(links, str):
            items.append(
                f'<li><a href="{links}" class="header__menu-item list-menu__item link link--text focus-inset"'
                f"{_current(links, path)}><span>{label}</span></a></li>"
            )
            continue
        sub = "\n".join(
            f'<li><a href="{href}" class="mega-menu__link mega-menu__link--level-2 link"{_current(href, path)}>'
            f"{text}</a></li>"
            for href, text in links
        )
        items.append(
            f"""<li>
<header-menu>
<details-disclosure>
<details id="Details-HeaderMenu-{i}" class="mega-menu">
<summary id="HeaderMenu-{i}" class="header__menu-item list-menu__item link focus-inset">
<span>{label}</span>
{_CARET}
</summary>
<div id="MegaMenu-Content-{i}" class="mega-menu__content color-background-1 gradient motion-reduce" tabindex="-1">
<ul class="mega-menu__list page-width mega-menu__list--condensed" role="list">
{sub}
</ul>
</div>
</details>
</details-disclosure>
</header-menu>
</li>"""
        )
    return "\n".join(items)


def _drawer_menu(path):
    items = []
    for i, (label, links) in enumerate(_MENU, 1):
        if isinstance(links, str):
            items.append(
                f'<li><a href="{links}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset"'
                f"{_current(links, path)}>{label}</a></li>"
            )
            continue
        sub = "\n".join(
            f'<li><a href="{href}" class="menu-drawer__menu-item link link--text list-menu__item focus-inset"'
            f"{_current(href, path)}>{text}</a></li>"
            for href, text in links
        )
        items.append(
            f"""<li>
<details id="Details-menu-drawer-menu-item-{i}">
<summary class="menu-drawer__menu-item list-menu__item link link--text focus-inset">{label}</summary>
<div id="link-drawer-{i}" class="menu-drawer__submenu has-submenu gradient motion-reduce" tabindex="-1">
<div class="menu-drawer__inner-submenu">
<ul class="menu-drawer__menu list-menu" role="list" tabindex="-1">
{sub}
</ul>
</div>
</div>
</details>
</li>"""
        )
    return "\n".join(items)


_HEAD = """<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#f6efe4">
<link rel="canonical" href="%%DOMAIN%%%%PATH%%">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<link rel="icon" type="image/png" href="/cdn/shop/files/sulis-favicon.png?crop=center&amp;height=32&amp;width=32">
<title>%%TITLE%%</title>
<meta name="description" content="%%DESCRIPTION%%">
<meta property="og:site_name" content="Sulis Bakehouse">
<meta property="og:url" content="%%DOMAIN%%%%PATH%%">
<meta property="og:title" content="%%TITLE%%">
<meta property="og:type" content="website">
<meta property="og:description" content="%%DESCRIPTION%%">
<meta name="twitter:card" content="summary_large_image">
<link href="/cdn/shop/t/9/assets/base.css?v=118342004771" rel="stylesheet" type="text/css" media="all">
<link href="/cdn/shop/t/9/assets/component-cart-drawer.css?v=9121042211" rel="stylesheet" type="text/css" media="all">
<link href="/cdn/shop/t/9/assets/craft-theme.css?v=30417712" rel="stylesheet" type="text/css" media="all">
<link rel="preload" as="font" href="/cdn/fonts/fraunces/fraunces_n5.woff2" type="font/woff2" crossorigin>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "sulis-bakehouse.myshopify.com";
Shopify.locale = "en"; Shopify.currency = {"active":"GBP","rate":"1.0"}; Shopify.country = "GB";
Shopify.theme = {"name":"Craft","id":134218903127,"theme_store_id":1368,"role":"main"};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SB7W2L0AF5"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-SB7W2L0AF5');</script>
</head>
<body class="gradient template-%%TEMPLATE%%">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
"""

_CART_DRAWER = """<cart-drawer class="drawer is-empty">
<div id="CartDrawer" class="cart-drawer">
<div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your basket" tabindex="-1">
<div class="drawer__inner-empty">
<div class="cart-drawer__warnings center">
<div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your basket is empty</h2>
<button class="drawer__close" type="button" aria-label="Close">&times;</button>
<a href="/collections/bread/" class="button">Continue shopping</a>
<p class="cart__login-title h3">Have an account?</p>
<p class="cart__login-paragraph"><a href="#" class="link underlined-link">Log in</a> to check out faster.</p>
</div>
</div>
</div>
<div class="drawer__header">
<h2 class="drawer__heading">Your basket</h2>
</div>
<cart-drawer-items class="is-empty">
<form action="#" id="CartDrawer-Form" class="cart__contents cart-drawer__form" method="post">
<div id="CartDrawer-CartItems" class="drawer__contents js-contents"></div>
</form>
</cart-drawer-items>
<div class="drawer__footer">
<div class="cart-drawer__footer">
<div class="totals" role="status"><h2 class="totals__total">Estimated total</h2>
<p class="totals__total-value">£0.00 GBP</p></div>
<small class="tax-note caption-large rte">Taxes included. Delivery calculated at checkout.</small>
</div>
<div class="cart__ctas"><button type="submit" id="CartDrawer-Checkout" class="cart__checkout-button button"
name="checkout" form="CartDrawer-Form" disabled>Check out</button></div>
</div>
</div>
</div>
</cart-drawer>
"""

_HEADER = """<div id="shopify-section-announcement-bar" class="shopify-section">
<div class="utility-bar color-accent-2 gradient utility-bar--bottom-border" role="region" aria-label="Announcement">
<div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Baked overnight on Walcot Street &middot; Shop online for click
&amp; collect</span></p>
</div>
</div>
</div>
</div>
<div id="shopify-section-header" class="shopify-section shopify-section-group-header-group section-header">
<link rel="stylesheet" href="/cdn/shop/t/9/assets/component-list-menu.css?v=1519" media="all">
<link rel="stylesheet" href="/cdn/shop/t/9/assets/component-mega-menu.css?v=1062" media="all">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social">
<header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16">
<path d="M1 .5a.5.5 0 100 1h15.71a.5.5 0 000-1H1z" fill="currentColor"></path></svg></span>
</summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-background-1" tabindex="-1">
<div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">
%%DRAWER%%
</ul>
</nav>
<div class="menu-drawer__utility-links">
<a href="#" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a>
<ul class="list list-social list-unstyled" role="list">
<li class="list-social__item"><a href="https://www.instagram.com/sulisbakehouse" class="list-social__link link">
<span class="visually-hidden">Instagram</span></a></li>
<li class="list-social__item"><a href="https://www.facebook.com/sulisbakehouse" class="list-social__link link">
<span class="visually-hidden">Facebook</span></a></li>
</ul>
</div>
</div>
</div>
</div>
</details>
</header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset">
<div class="header__heading-logo-wrapper">
<img src="//sulisbakehouse.co.uk/cdn/shop/files/sulis-bakehouse-logo.png?v=1671&amp;width=260"
alt="Sulis Bakehouse" srcset="//sulisbakehouse.co.uk/cdn/shop/files/sulis-bakehouse-logo.png?width=260 260w"
width="260" height="78" class="header__heading-logo motion-reduce">
</div>
</a>
<nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">
%%MENU%%
</ul>
</nav>
<div class="header__icons header__icons--localization header-localization">
<details-modal class="header__search">
<details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span class="visually-hidden">Search</span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search">
<div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1">
<predictive-search class="search-modal__form" data-loading-text="Loading...">
<form action="#" method="get" role="search" class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q"
value="" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label>
<button type="reset" class="reset__button field__button hidden" aria-label="Clear search term"></button>
<button class="search__button field__button" aria-label="Search"></button></div>
</form>
</predictive-search>
</div>
</div>
</details>
</details-modal>
<a href="#" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="#CartDrawer" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Basket</span></a>
</div>
</header>
</sticky-header>
</div>
"""

_FOOTER = """<div id="shopify-section-sections--footer__newsletter"
class="shopify-section shopify-section-group-footer-group">
<div class="newsletter center color-background-2 gradient">
<div class="newsletter__wrapper page-width">
<h2 class="inline-richtext h2">The Crumb Letter</h2>
<div class="newsletter__subheading rte"><p>Once a month: new bakes, class dates and the odd recipe. No spam,
unsubscribe any time.</p></div>
<form method="post" action="#" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer"><input type="hidden" name="utf8" value="✓">
<input type="hidden" name="contact[tags]" value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" value=""
aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
Subscribe</button>
</div></div>
</form>
</div>
</div>
</div>
<footer class="footer color-accent-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Shop</h2>
<ul class="footer-block__details-content list-unstyled">
<li><a href="/collections/bread/" class="link link--text list-menu__item list-menu__item--link">Bread</a></li>
<li><a href="/collections/postal-treats/" class="link link--text list-menu__item list-menu__item--link">Treats by
post</a></li>
<li><a href="/pages/celebration-cakes/" class="link link--text list-menu__item list-menu__item--link">Celebration
cakes</a></li>
<li><a href="/products/gift-voucher/" class="link link--text list-menu__item list-menu__item--link">Gift
vouchers</a></li>
<li><a href="/pages/wholesale/" class="link link--text list-menu__item list-menu__item--link">Wholesale</a></li>
</ul>
</div>
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
<li><a href="/pages/delivery-and-collection/" class="link link--text list-menu__item">Delivery &amp; collection</a></li>
<li><a href="/pages/changes-cancellations-refunds/" class="link link--text list-menu__item">Refunds</a></li>
<li><a href="/pages/allergens-dietary/" class="link link--text list-menu__item">Allergens</a></li>
<li><a href="/pages/faq/" class="link link--text list-menu__item">FAQs</a></li>
<li><a href="/pages/contact/" class="link link--text list-menu__item">Contact us</a></li>
</ul>
</div>
<div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Find us</h2>
<div class="footer-block__details-content rte">
<p>Sulis Bakehouse<br>23 Walcot Street<br>Bath BA1 5BG</p>
<p><a href="tel:+441225448372">01225 448372</a><br>
<a href="mailto:hello@sulisbakehouse.co.uk">hello@sulisbakehouse.co.uk</a></p>
</div>
</div>
<div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Shop hours</h2>
<div class="footer-block__details-content rte">
<p>Tue–Fri 7.30am–4pm<br>Sat 7.30am–4.30pm<br>Sun 8.30am–1pm<br>Closed Mondays</p>
</div>
</div>
</div>
</div>
<div class="footer__content-bottom">
<div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__localization isolate"></div>
<ul class="list list-social list-unstyled" role="list">
<li class="list-social__item"><a href="https://www.instagram.com/sulisbakehouse" class="link list-social__link">
<span class="visually-hidden">Instagram</span></a></li>
<li class="list-social__item"><a href="https://www.facebook.com/sulisbakehouse" class="link list-social__link">
<span class="visually-hidden">Facebook</span></a></li>
<li class="list-social__item"><a href="https://www.tiktok.com/@sulisbakehouse" class="link list-social__link">
<span class="visually-hidden">TikTok</span></a></li>
</ul>
</div>
<div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa">
<title id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-master">
<title id="pi-master">Mastercard</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-apple_pay">
<title id="pi-apple_pay">Apple Pay</title></svg></li>
</ul>
</div>
<div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/" title="">Sulis Bakehouse Ltd</a></small>
<small class="copyright__content">Registered in England &amp; Wales no. 10384271</small>
<small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby" rel="nofollow"
target="_blank">Powered by Shopify</a></small>
</div>
</div>
</div>
</div>
</footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog cookie-banner" role="alertdialog" aria-live="polite">
<div class="shopify-pc__banner__body"><h2 class="shopify-pc__banner__title">We use cookies</h2>
<p>We use cookies to keep your basket working and to understand how people use our site. You can accept all
cookies or choose which ones you are happy with.</p></div>
<div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs">Manage
preferences</button><button type="button" class="shopify-pc__banner__btn-decline">Decline</button>
<button type="button" class="shopify-pc__banner__btn-accept">Accept</button></div>
</div>
<script src="/cdn/shop/t/9/assets/global.js?v=1359" defer="defer"></script>
<script src="/cdn/shop/t/9/assets/cart-drawer.js?v=7271" defer="defer"></script>
</body>
</html>
"""


def _page(path, title, description, body, template="page"):
    head = (
        _HEAD.replace("%%DOMAIN%%", _DOMAIN)
        .replace("%%PATH%%", path)
        .replace("%%TITLE%%", f"{title} | Sulis Bakehouse" if path != "/" else title)
        .replace("%%DESCRIPTION%%", description)
        .replace("%%TEMPLATE%%", template)
    )
    header = _HEADER.replace("%%MENU%%", _desktop_menu(path)).replace("%%DRAWER%%", _drawer_menu(path))
    main = f"""<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{body}
</main>
"""
    return head + _CART_DRAWER + header + main + _FOOTER


def _section(sid, inner, extra_class=""):
    return f"""<div id="shopify-section-template--21873__{sid}" class="shopify-section {extra_class}">
<div class="section-template--21873__{sid}-padding gradient color-background-1">
<div class="page-width">
{inner}
</div>
</div>
</div>"""


def _rich(sid, heading, html, tag="h2"):
    return _section(
        sid,
        f"""<div class="rich-text content-container rich-text--full-width">
<div class="rich-text__wrapper rich-text__wrapper--left">
<div class="rich-text__blocks left">
<{tag} class="rich-text__heading rte inline-richtext h1">{heading}</{tag}>
<div class="rich-text__text rte">
{html}
</div>
</div>
</div>
</div>""",
        "section",
    )


def _main_page(title, html):
    return f"""<div id="shopify-section-template--21873__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--21873__main-padding">
<h1 class="main-page-title page-title h0">{title}</h1>
<div class="rte">
{html}
</div>
</div>
</div>"""


def _card(name, price, caption, anchor, img):
    return f"""<li class="grid__item scroll-trigger animate--slide-in">
<div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media" style="--ratio-percent: 100%;">
<div class="card__inner color-background-2 gradient ratio" style="--ratio-percent: 100%;">
<div class="card__media"><div class="media media--transparent media--hover-effect">
<img src="//sulisbakehouse.co.uk/cdn/shop/products/{img}.jpg?v=1690&amp;width=533" alt="{name}" loading="lazy"
width="533" height="533" class="motion-reduce"></div></div>
</div>
<div class="card__content">
<div class="card__information">
<h3 class="card__heading h5" id="title-{anchor}"><a href="{anchor}" class="full-unstyled-link">{name}</a></h3>
<div class="card-information">
<span class="caption-large light">{caption}</span>
<div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">{price}</span>
</div></div></div>
</div>
</div>
<div class="quick-add no-js-hidden"><button type="button" class="quick-add__submit button button--full-width
button--secondary">Add to basket</button></div>
</div>
</div>
</div>
</li>"""


def _grid(sid, heading, cards, intro=""):
    inner = "\n".join(cards)
    return _section(
        sid,
        f"""<div class="collection section-template--21873__{sid}-padding">
<div class="title-wrapper-with-link title-wrapper--self-padded-mobile">
<h2 class="title inline-richtext h2">{heading}</h2>
</div>
{intro}
<slider-component class="slider-mobile-gutter">
<ul class="grid product-grid contains-card contains-card--product grid--4-col-desktop grid--2-col-tablet-down"
role="list" aria-label="{heading}">
{inner}
</ul>
</slider-component>
</div>""",
        "section",
    )


def _reviews(sid, heading, items):
    blocks = "\n".join(
        f"""<li class="multicolumn-list__item grid__item">
<div class="multicolumn-card content-container testimonial">
<div class="multicolumn-card__info">
<div class="rating" role="img" aria-label="5 out of 5 stars"><span aria-hidden="true">★★★★★</span></div>
<div class="rte"><p>{quote}</p></div>
<p class="testimonial__author caption-with-letter-spacing">{who}</p>
</div>
</div>
</li>"""
        for quote, who in items
    )
    return _section(
        sid,
        f"""<div class="multicolumn background-primary">
<div class="title-wrapper-with-link title-wrapper--self-padded-mobile title-wrapper--no-top-margin">
<h2 class="title inline-richtext h2">{heading}</h2>
</div>
<slider-component class="slider-mobile-gutter">
<ul class="multicolumn-list contains-content-container grid grid--1-col-tablet-down grid--3-col-desktop" role="list">
{blocks}
</ul>
</slider-component>
</div>""",
        "section",
    )


def _accordion(sid, heading, items):
    rows = "\n".join(
        f"""<div class="accordion-item accordion content-container color-background-1 gradient">
<details id="Details-collapsible-row-{sid}-{n}">
<summary id="Summary-collapsible-row-{sid}-{n}">
<button class="accordion-toggle" type="button" aria-expanded="false">
<h3 class="accordion__title inline-richtext h4">{question}</h3></button>
{_CARET}
</summary>
<div class="accordion-panel accordion__content rte" id="CollapsibleAccordion-{sid}-{n}" role="region">
{answer}
</div>
</details>
</div>"""
        for n, (question, answer) in enumerate(items, 1)
    )
    return _section(
        sid,
        f"""<div class="collapsible-content collapsible-none-layout">
<div class="collapsible-content__wrapper">
<div class="collapsible-content__header">
<h2 class="collapsible-content__heading inline-richtext h1">{heading}</h2>
</div>
<div class="collapsible-content__grid">
{rows}
</div>
</div>
</div>""",
        "section",
    )


def _cta(sid, heading, text, href, button):
    return _section(
        sid,
        f"""<div class="rich-text content-container color-accent-2 gradient rich-text--full-width">
<div class="rich-text__blocks center">
<h2 class="rich-text__heading rte inline-richtext h2">{heading}</h2>
<div class="rich-text__text rte"><p>{text}</p></div>
<div class="rich-text__buttons"><a href="{href}" class="button button--primary">{button}</a></div>
</div>
</div>""",
        "section",
    )


# --------------------------------------------------------------------------------------------------
# Home
# --------------------------------------------------------------------------------------------------

_HOME = (
    """<div id="shopify-section-template--21873__image_banner" class="shopify-section section">
<div id="Banner-template--21873__image_banner" class="banner banner--content-align-left banner--large">
<div class="banner__media media">
<img src="//sulisbakehouse.co.uk/cdn/shop/files/walcot-street-shopfront.jpg?v=1690&amp;width=1500"
alt="The blue shopfront of Sulis Bakehouse with loaves in the window" width="1500" height="900">
</div>
<div class="banner__content banner__content--bottom-left page-width">
<div class="banner__box content-container content-container--full-width-mobile color-background-1 gradient">
<h1 class="banner__heading inline-richtext h0">Slow bread and proper cake, baked overnight in Bath</h1>
<div class="banner__text rte"><p>Sourdough, pastries, celebration cakes and posted brownies from our little
bakery and café on Walcot Street.</p></div>
<div class="banner__buttons">
<a href="/collections/bread/" class="button button--primary">Shop bread</a>
<a href="/pages/celebration-cakes/" class="button button--secondary">Order a cake</a>
</div>
</div>
</div>
</div>
</div>
"""
    + _rich(
        "rich_text_welcome",
        "Hello from Sulis",
        """<p>We're an independent bakery, café and cake shop named after Sulis, the goddess of Bath's hot springs.
Everything on our counter is mixed, shaped and baked by hand in the kitchen behind the shop: our sourdough goes
in the oven before dawn, the croissant dough is laminated the day before, and every celebration cake is
decorated to order.</p>
<p>Pop in for a coffee and a cardamom knot, order a loaf online and collect it on your way to work, or send
a box of brownies to someone who needs cheering up.</p>""",
    )
    + _grid(
        "featured_pastries",
        "Counter favourites",
        [
            _card("Butter croissant", "£2.60", "Baked every morning", "/#pastries", "butter-croissant"),
            _card("Pain au chocolat", "£2.90", "Two batons of dark chocolate", "/#pastries", "pain-au-chocolat"),
            _card("Cardamom knot", "£3.40", "Our best seller", "/#pastries", "cardamom-knot"),
            _card("Bath bun", "£2.80", "Sugar nibs and a sugar lump inside", "/#pastries", "bath-bun"),
            _card("Almond croissant", "£3.50", "Friday to Sunday", "/#pastries", "almond-croissant"),
            _card("Cheese &amp; Marmite swirl", "£3.60", "Savoury, mature cheddar", "/#pastries", "marmite-swirl"),
            _card("Somerset pork sausage roll", "£3.80", "Flaky pastry, fennel seed", "/#pastries", "sausage-roll"),
            _card("Vegan cinnamon bun", "£3.40", "Made with oat butter", "/#pastries", "vegan-cinnamon-bun"),
        ],
        """<div class="rte collection__description" id="pastries"><p>Pastries are baked in the shop through the
morning and are on the counter until they sell out, usually by mid-afternoon and earlier at weekends. We can't
put single pastries aside, but boxes of six or more can be ordered online at least 48 hours ahead for click
&amp; collect.</p></div>""",
    )
    + _section(
        "multicolumn_links",
        """<div class="multicolumn background-none">
<ul class="multicolumn-list grid grid--3-col-desktop" role="list">
<li class="multicolumn-list__item grid__item"><div class="multicolumn-card__info">
<h3 class="inline-richtext">Bread Club</h3><div class="rte"><p>Your favourite loaf every week, ready on the
shelf with your name on it.</p></div>
<a class="link animate-arrow" href="/pages/bread-club/">Join the club</a></div></li>
<li class="multicolumn-list__item grid__item"><div class="multicolumn-card__info">
<h3 class="inline-richtext">Treats by post</h3><div class="rte"><p>Brownies, cookies and cupcakes, packed by
hand and posted across the UK.</p></div>
<a class="link animate-arrow" href="/collections/postal-treats/">Send a box</a></div></li>
<li class="multicolumn-list__item grid__item"><div class="multicolumn-card__info">
<h3 class="inline-richtext">Learn to bake</h3><div class="rte"><p>Small, hands-on classes in our teaching
kitchen, from sourdough to buttercream flowers.</p></div>
<a class="link animate-arrow" href="/pages/baking-classes/">See classes</a></div></li>
</ul>
</div>""",
        "section",
    )
    + _reviews(
        "testimonials",
        "Kind words",
        [
            (
                "Best sourdough in Bath, no contest. The crust actually crackles when you cut it.",
                "Sophie, Larkhall · Google review",
            ),
            (
                "Ordered a brownie box for my dad's 70th and he rang me in tears (happy ones). Beautifully packed.",
                "Marcus, Leeds · Trustpilot",
            ),
            (
                "The cardamom knots have ruined all other buns for me. Lovely staff, always a smile.",
                "Priya, Widcombe · Google review",
            ),
        ],
    )
    + _cta(
        "cta_cakes",
        "Celebrating something?",
        "Hand-decorated buttercream cakes for birthdays, christenings and everything in between.",
        "/pages/celebration-cakes/",
        "Order a celebration cake",
    )
)

# --------------------------------------------------------------------------------------------------
# Visit us
# --------------------------------------------------------------------------------------------------

_VISIT = _main_page(
    "Visit the shop &amp; café",
    """<p>You'll find us at <strong>23 Walcot Street, Bath BA1 5BG</strong>, towards the top end of the street
and about five minutes' walk from Pulteney Bridge. Look for the blue shopfront with bread in the window. The
shop sells bread, pastries and cakes to take away; the café at the back has 22 seats inside and four
pavement tables out front when the weather's kind.</p>
<h2>Opening hours</h2>
<div class="table-wrapper">
<table class="hours-table">
<thead><tr><th>Day</th><th>Shop</th><th>Café</th></tr></thead>
<tbody>
<tr><td>Monday</td><td>Closed</td><td>Closed</td></tr>
<tr><td>Tuesday – Friday</td><td>7.30am – 4pm</td><td>8am – 3.30pm</td></tr>
<tr><td>Saturday</td><td>7.30am – 4.30pm</td><td>8am – 4pm</td></tr>
<tr><td>Sunday</td><td>8.30am – 1pm</td><td>9am – 12.30pm (coffee &amp; pastries only)</td></tr>
</tbody>
</table>
</div>
<p>The café's brunch menu is served Tuesday to Saturday with last food orders at 2.30pm. On Sundays we keep it
simple: coffee, pastries and cake, no cooked brunch.</p>
<h3>Bank holidays and Christmas</h3>
<p>On bank holiday Mondays we open the shop from 8.30am to 1pm for bread, pastries and takeaway coffee; the
café seating stays closed. At Christmas we open 7.30am to 1pm on Christmas Eve and then close from
25 December, reopening on 3 January.</p>
<h2>Getting here</h2>
<p>We're a ten-minute walk from Bath Spa railway station and the bus station: head up through SouthGate,
along Stall Street and High Street, and carry straight on into Walcot Street.</p>
<h3>Parking</h3>
<p>We don't have our own car park. The closest is Podium car park on Northgate Street (entrance next to
Waitrose), about three minutes' walk away; Charlotte Street long-stay car park is around fifteen minutes on
foot. If you're driving in to <strong>collect a celebration cake</strong>, you can stop in the loading bay
directly outside the shop for up to 20 minutes: pop your hazards on, come in and tell us, and we'll carry the
cake out to your car for you.</p>
<h2>Accessibility</h2>
<p>The front door is step-free and wide enough for wheelchairs and buggies, and the café tables on the ground
floor can be moved around, just ask. There's a hearing loop at the counter and a large-print menu. Our one
customer toilet is down a steep, narrow staircase, so sadly it isn't suitable for wheelchair users or anyone
who finds stairs difficult; the nearest accessible toilet is inside the Podium shopping centre.</p>""",
) + _reviews(
    "visit_reviews",
    "From our café regulars",
    [
        ("Saturday brunch here is a ritual. Get there before ten or you'll be queueing.", "Tom, Bathwick"),
        ("Cosy, friendly and the flat whites are spot on.", "Anya, visiting from Cardiff"),
        ("They carried my son's birthday cake out to the car for me. Above and beyond.", "Gemma, Keynsham"),
    ],
)

# --------------------------------------------------------------------------------------------------
# Bread collection
# --------------------------------------------------------------------------------------------------

_BREAD = (
    """<div id="shopify-section-template--21873__main-collection-banner" class="shopify-section section">
<div class="collection-hero color-background-1 gradient collection-hero--with-image">
<div class="collection-hero__inner page-width">
<div class="collection-hero__text-wrapper">
<h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>Bread &amp; sourdough</h1>
<div class="collection-hero__description rte">
<p>All our sourdoughs are made with our own starter, flour, water and salt, and nothing else. The dough ferments
slowly for around 36 hours before it is shaped by hand and baked overnight by our bread team, so the first
loaves are out of the oven and on the shelves when we open at 7.30am.</p>
</div>
</div>
</div>
</div>
</div>
"""
    + _grid(
        "bread_grid",
        "This week's loaves",
        [
            _card("Walcot White sourdough, 800g", "£4.80", "Every day we're open", "#walcot-white", "walcot-white"),
            _card(
                "Seeded Rye sourdough, 800g",
                "£5.20",
                "Tuesday, Thursday &amp; Saturday · sunflower, pumpkin, linseed, sesame",
                "#seeded-rye",
                "seeded-rye",
            ),
            _card("Wholemeal Spelt sourdough, 750g", "£5.40", "Wednesday, Friday &amp; Saturday", "#spelt", "spelt"),
            _card("Olive &amp; Rosemary sourdough", "£5.60", "Friday &amp; Saturday", "#olive", "olive-rosemary"),
            _card("Danish rye (rugbrød) tin, 1kg", "£5.50", "Thursdays only", "#danish-rye", "danish-rye"),
            _card("Country Tin, 800g", "£3.90", "Every day · soft white made with milk &amp; butter", "#tin", "tin"),
            _card("Baguette", "£2.40", "Every day from 11am (second bake)", "#baguette", "baguette"),
            _card("Rosemary &amp; sea salt focaccia slab", "£3.20", "Every day", "#focaccia", "focaccia"),
            _card("Challah", "£4.50", "Fridays only", "#challah", "challah"),
        ],
    )
    + _rich(
        "bread_notes",
        "Good to know",
        """<h3>Which loaves, which day</h3>
<p>The Walcot White, Country Tin, baguettes and focaccia are baked every day we're open. The speciality loaves
follow the bake days shown on each loaf above. On Sundays we bake a smaller range: just the Walcot White, the
Country Tin and focaccia. Most sourdoughs also come as a half loaf for £2.70 &ndash; ask at the counter.</p>
<h3>Slicing</h3>
<p>We're happy to slice any loaf for you, thick or thin, at no charge &ndash; just ask at the counter, or tick
"Please slice" when you order online for collection. The only exception is loaves that are still warm first
thing in the morning (roughly before 9am), which tear in the slicer; we'll slice those once they've cooled, or
you can leave it with us and pick it up later.</p>
<h3>Avoid disappointment on Saturdays</h3>
<p>Saturday is our busiest day and the Seeded Rye and Olive &amp; Rosemary often sell out by 11am. If you've
got your heart set on one, order it online for click &amp; collect and it'll be waiting for you with your name
on it.</p>""",
    )
)

# --------------------------------------------------------------------------------------------------
# Celebration cakes
# --------------------------------------------------------------------------------------------------

_CELEBRATION = _main_page(
    "Celebration cakes",
    """<p>Birthdays, christenings, anniversaries, retirements, or a Tuesday that needs cake: our celebration cakes
are three layers of sponge, hand-decorated in buttercream by our cake team. Every cake is made to order.</p>
<h2>Sizes &amp; prices</h2>
<div class="table-wrapper">
<table>
<thead><tr><th>Size</th><th>Serves (party slices)</th><th>Price from</th></tr></thead>
<tbody>
<tr><td>6 inch round</td><td>10 – 12</td><td>£48</td></tr>
<tr><td>8 inch round</td><td>18 – 22</td><td>£68</td></tr>
<tr><td>10 inch round</td><td>30 – 35</td><td>£95</td></tr>
<tr><td>Two tier (6 inch on 8 inch)</td><td>35 – 40</td><td>£175</td></tr>
<tr><td>Office traybake, cut into 24 squares</td><td>24</td><td>£42</td></tr>
</tbody>
</table>
</div>
<p>Prices include a hand-piped message and a simple design. Extras: fresh flowers from £12, gold leaf £8,
meringue kisses or macarons on top £10, personalised acrylic topper £14.</p>
<h2>Flavours</h2>
<ul>
<li>Victoria sponge with raspberry jam and vanilla buttercream</li>
<li>Chocolate fudge</li>
<li>Lemon &amp; elderflower</li>
<li>Salted caramel</li>
<li>Carrot, walnut &amp; orange (contains nuts)</li>
<li>Red velvet</li>
<li>Vegan chocolate &amp; raspberry</li>
<li>Lemon &amp; almond, made with gluten-free ingredients</li>
</ul>
<h2>Colours and designs</h2>
<p>We colour our buttercream with natural colourings only. They give gorgeous pastels and soft, dusky shades,
but they can't make black, navy, bright red or neon colours. If you're after a dark, dramatic look we'd
suggest a dark chocolate ganache finish instead. We don't do edible photo prints, sugarpaste (fondant)
coverings or carved 3D shapes such as cars or characters.</p>
<h2>How much notice we need</h2>
<p>Please give us at least 7 days' notice. For December, Mother's Day weekend and any Saturday from May to
September, book 2 to 3 weeks ahead as we fill up.</p>
<p><strong>Left it late?</strong> Our "Ready to Decorate" cakes can be done with just 48 hours' notice: 6 or 8
inch, in Victoria sponge, chocolate fudge or lemon, with a simple piped design and your message. These are
ordered by phone only, so give us a ring.</p>
<h2>Deposits and paying</h2>
<p>For cakes over £60 we take a 50% deposit to confirm your order, with the balance due 5 days before
collection or delivery. The deposit is non-refundable. Cakes under £60 are paid in full when you order.</p>
<h2>Collection or delivery</h2>
<p>Cakes are collected from the shop or delivered by our own van (see
<a href="/pages/delivery-and-collection/">local delivery</a>). We don't post celebration cakes.</p>""",
) + _section(
    "cake_enquiry_form",
    """<div class="contact page-width page-width--narrow">
<h2 class="title title-wrapper--no-top-margin inline-richtext h1">Start your cake enquiry</h2>
<p>Tell us a little about your cake and we'll reply within 2 working days with a quote and a sketch.</p>
<form method="post" action="#" id="CakeEnquiryForm" accept-charset="UTF-8" class="contact-form">
<div class="contact__fields">
<div class="field"><input class="field__input" autocomplete="name" type="text" id="CakeForm-name"
name="contact[Name]" placeholder="Name"><label class="field__label" for="CakeForm-name">Name</label></div>
<div class="field field--with-error"><input autocomplete="email" type="email" id="CakeForm-email"
class="field__input" name="contact[email]" placeholder="Email"><label class="field__label"
for="CakeForm-email">Email *</label></div>
</div>
<div class="field"><input type="date" id="CakeForm-date" class="field__input" name="contact[Date needed]">
<label class="field__label" for="CakeForm-date">Date needed</label></div>
<div class="field"><input type="text" id="CakeForm-serves" class="field__input" name="contact[Servings]"
placeholder="How many people?"><label class="field__label" for="CakeForm-serves">How many people?</label></div>
<div class="field"><textarea rows="6" id="CakeForm-body" class="text-area field__input" name="contact[Design ideas]"
placeholder="Flavour, colours, message, allergies"></textarea>
<label class="form__label field__label" for="CakeForm-body">Flavour, colours, message, allergies</label></div>
<div class="contact__button"><button type="submit" class="button">Send enquiry</button></div>
</form>
</div>""",
    "section",
)

# --------------------------------------------------------------------------------------------------
# Wedding cakes
# --------------------------------------------------------------------------------------------------

_WEDDING = (
    _main_page(
        "Wedding cakes",
        """<p>Relaxed, elegant buttercream wedding cakes, baked and decorated in Bath and delivered to venues across
Bath, Somerset and Wiltshire. We make no more than two wedding cakes each weekend so that every one gets our
full attention, which means popular summer Saturdays are often booked 9 to 12 months ahead. We take bookings
up to 18 months in advance.</p>
<h2>Consultations and tasting</h2>
<p>Your first step is a free 45-minute consultation, either at the shop on a Wednesday afternoon (when it's
quiet) or by video call. We'll talk through your day, numbers, style and flavours and send you a quote.</p>
<p>If you can't get to Bath, order a <strong>tasting box</strong> (£25): six mini cakes in our wedding
flavours, posted to you anywhere in the UK or ready to collect. The £25 comes off your final invoice if you
book with us.</p>
<h2>Our style</h2>
<p>All our wedding cakes are finished in buttercream: smooth, textured, semi-naked or fully naked. We don't work
with sugarpaste or fondant, so we can't create the crisp, ultra-smooth white finish of a traditional iced
cake. Decoration can include pressed flowers, gold leaf, or fresh flowers supplied by your florist, which we
arrange on the day.</p>
<h2>Prices</h2>
<div class="table-wrapper">
<table>
<thead><tr><th>Cake</th><th>Serves</th><th>Price from</th></tr></thead>
<tbody>
<tr><td>Two tiers</td><td>40 – 50</td><td>£320</td></tr>
<tr><td>Three tiers</td><td>70 – 90</td><td>£450</td></tr>
<tr><td>Four tiers</td><td>110 – 130</td><td>£620</td></tr>
<tr><td>Kitchen cake (undecorated, cut behind the scenes)</td><td>per portion</td><td>£3</td></tr>
<tr><td>Dessert table extras: mini cupcakes, brownie bites</td><td>each</td><td>£2.50</td></tr>
</tbody>
</table>
</div>
<h2>Booking, payments and cancellation</h2>
<p>A 25% non-refundable booking fee secures your date. We need your final design, flavours and guest numbers
6 weeks before the wedding, and the balance is paid 4 weeks before. If you cancel more than 4 weeks before
the wedding you lose only the booking fee; within 4 weeks the full amount is payable, because your cake is
already in production. If your wedding is postponed, we'll move your booking fee to a new date within 12
months once, free of charge, subject to availability.</p>
<h2>Delivery, set-up and stands</h2>
<p>Delivery and set-up are included for venues within 15 miles of Bath; further afield we charge 60p per mile
each way. We usually set up 2 to 3 hours before the wedding breakfast and need a sturdy table in a cool spot
away from windows and radiators. Cake stands can be hired for £15 (gold, white or a wooden slice) with a £40
refundable deposit; please return them within 7 days.</p>""",
    )
    + _reviews(
        "wedding_reviews",
        "Happy couples",
        [
            (
                "Our cake was the talk of the day at Priston Mill, and the lemon elderflower tier vanished.",
                "Lucy & Dan",
            ),
            ("The tasting box made choosing so much fun, even from Edinburgh.", "Fiona & Callum"),
            ("Calm, organised and so talented. The flowers matched our bouquets perfectly.", "Amir & Jo"),
        ],
    )
    + _cta(
        "wedding_cta",
        "Book your consultation",
        "Wednesday afternoons at the shop or on a video call, whichever suits you.",
        "/pages/contact/",
        "Get in touch",
    )
)

# --------------------------------------------------------------------------------------------------
# Treats by post
# --------------------------------------------------------------------------------------------------

_POSTAL = (
    """<div id="shopify-section-template--21873__main-collection-banner" class="shopify-section section">
<div class="collection-hero color-background-1 gradient">
<div class="collection-hero__inner page-width">
<div class="collection-hero__text-wrapper">
<h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>Cakes &amp; treats by post</h1>
<div class="collection-hero__description rte">
<p>Brownies, blondies, cookies and cupcakes, baked to order, packed by hand in our bakehouse and sent anywhere
in the UK. Add a gift message at checkout and we'll handwrite it on a card; prices never go in the box.</p>
</div>
</div>
</div>
</div>
</div>
"""
    + _grid(
        "postal_grid",
        "Send a box",
        [
            _card("Classic brownie box (9)", "£24.00", "Letterbox friendly", "#brownies", "brownie-box"),
            _card("Salted caramel &amp; blondie mix (9)", "£25.00", "Letterbox friendly", "#mix", "blondie-mix"),
            _card("Vegan brownie box (9)", "£24.00", "Letterbox friendly", "#vegan", "vegan-brownies"),
            _card("Cookie tin (12)", "£19.00", "Sent by courier", "#cookies", "cookie-tin"),
            _card("Cupcake box (6)", "£27.50", "Sent by courier", "#cupcakes6", "cupcakes-6"),
            _card("Cupcake box (12)", "£45.00", "Sent by courier", "#cupcakes12", "cupcakes-12"),
            _card("Candles &amp; confetti add-on", "£3.00", "Pops in with any box", "#addon", "candles"),
        ],
    )
    + _rich(
        "postal_info",
        "Postage &amp; dispatch",
        """<div class="table-wrapper">
<table>
<thead><tr><th>What you're sending</th><th>Service</th><th>Cost</th></tr></thead>
<tbody>
<tr><td>Brownie &amp; blondie boxes</td><td>Royal Mail Tracked 48</td><td>£3.95</td></tr>
<tr><td>Brownie &amp; blondie boxes</td><td>Royal Mail Tracked 24</td><td>£5.50</td></tr>
<tr><td>Cupcake boxes &amp; cookie tins</td><td>DPD next working day</td><td>£8.95</td></tr>
</tbody>
</table>
</div>
<h3>Letterbox or courier?</h3>
<p>Our brownie and blondie boxes are slim enough to go through a standard letterbox, so nobody needs to be in.
Cupcakes and cookie tins travel in a rigid box that won't fit a letterbox, so they go by DPD: the recipient
gets a text with a one-hour delivery window on the morning and can nominate a safe place or a neighbour in
the DPD app.</p>
<h3>When we post</h3>
<p>We dispatch on <strong>Mondays, Tuesdays and Wednesdays only</strong>, so nothing sits in a warm sorting
office over the weekend. Order by 11am on a dispatch day and it goes out the same day. Anything ordered after
11am on Wednesday, or from Thursday to Sunday, is baked and posted the following Monday. At checkout you can
also pick a later dispatch date, up to 6 weeks ahead, to time it for a birthday.</p>
<h3>Where we post to</h3>
<p>Everywhere in mainland UK. Letterbox boxes can also go to Northern Ireland, the Scottish Highlands and
islands, and the Channel Islands by Tracked 48, though they may take a day or two longer; we can't send
cupcakes or cookie tins to those areas. We don't post outside the UK.</p>
<h3>How long they last</h3>
<p>Every box has a best-before date on the label: brownies and blondies 7 days from dispatch, cookies 10 days
and cupcakes 3 days.</p>""",
    )
    + _reviews(
        "postal_reviews",
        "What people say",
        [
            ("Arrived in perfect condition in Glasgow, fudgy and gone in a day.", "Eilidh · Trustpilot"),
            ("Sent the vegan box to my sister, she said they were better than the dairy ones!", "Ben · Trustpilot"),
            ("Gorgeous packaging and the handwritten card was a lovely touch.", "Chloe · Google review"),
        ],
    )
)

# --------------------------------------------------------------------------------------------------
# Local delivery & click and collect
# --------------------------------------------------------------------------------------------------

_DELIVERY = _main_page(
    "Local delivery &amp; click and collect",
    """<h2>Local delivery</h2>
<p>Our own van delivers bread, pastries and cakes around Bath from Tuesday to Saturday. Choose a morning slot
(9am – 12pm) or an afternoon slot (1pm – 4pm) at checkout, and order by 2pm the day before. The driver texts
you about 30 minutes before arriving.</p>
<div class="table-wrapper">
<table>
<thead><tr><th>Zone</th><th>Areas</th><th>Charge</th></tr></thead>
<tbody>
<tr><td>Zone 1</td><td>Bath city centre, Walcot, Larkhall, Bathwick, Widcombe, Lansdown, Weston, Oldfield
Park</td><td>£4.50, free on orders over £45</td></tr>
<tr><td>Zone 2</td><td>Combe Down, Odd Down, Southdown, Twerton, Newbridge, Bathampton, Batheaston,
Bathford</td><td>£7.00</td></tr>
<tr><td>Zone 3</td><td>Bradford on Avon, Box, Corsham, Saltford, Keynsham, Peasedown St John,
Radstock</td><td>£12.00, minimum order £30</td></tr>
</tbody>
</table>
</div>
<p>Outside Zone 3 we can't deliver, but you're welcome to collect from the shop, or take a look at our
<a href="/collections/postal-treats/">treats by post</a>.</p>
<h3>Someone needs to be in for cakes</h3>
<p>We never leave a cake unattended: someone has to be there to take it from the driver. If nobody's home, the
cake comes back to the shop and you can collect it that afternoon; a second delivery attempt is charged
again at the zone price. Bread and pastry orders are fine to leave in a safe place &ndash; just describe it in
the order notes.</p>
<h2>Click and collect</h2>
<p>Order online by 2pm for collection the next day. For same-day collection from 12 noon, order by 9am
(bread and pastries only, not cakes). Your order will be waiting on the click &amp; collect shelf to the left
of the counter, so you can skip the queue: just give the name on the order. You can collect any time during
shop opening hours on the day you chose.</p>
<p>If someone else is picking up for you, add their name in the order notes or email us. For celebration
cakes they'll need to give the order number.</p>
<p>Running late or can't make it? Ring us before 12 noon and we'll hold your order until the next day we're
open (cakes can be held for up to 2 days).</p>
<h3>Travelling with your cake</h3>
<p>Cakes travel best flat in the boot or a passenger footwell, never on a seat, and with the air-con on in
warm weather. Drive gently round corners and over Bath's cobbles.</p>""",
)

# --------------------------------------------------------------------------------------------------
# Allergens & dietary
# --------------------------------------------------------------------------------------------------

_ALLERGENS = _main_page(
    "Allergens &amp; dietary needs",
    """<p>We're a small bakery with one kitchen, and we'd always rather be honest than reassuring. Please read this
before ordering if you or your guests have an allergy, and speak to us if you're unsure.</p>
<h2>What's in our kitchen</h2>
<p>We handle cereals containing gluten (wheat, rye and spelt), eggs, milk, tree nuts (almonds, hazelnuts,
walnuts and pistachios), sesame, soya and sulphites (in dried fruit) every day. We don't use peanuts, lupin,
fish, crustaceans or molluscs in anything we make.</p>
<h2>Nut allergies</h2>
<p>Nut bakes are made on a separate bench at the end of the day, but they share our ovens, trays and the air
with everything else. Because of that we can't guarantee that any of our products is free from nuts, and if
you have a severe or anaphylactic nut allergy we're really sorry, but we advise you not to eat our food.
Although peanuts never come into the building, some ingredients from our suppliers (chocolate, for example)
carry "may contain peanuts" warnings.</p>
<h2>Gluten-free</h2>
<p>A few things are made with gluten-free ingredients: the Buckwheat &amp; Seed Loaf (£5.80, Tuesdays only), our
gluten-free chocolate brownie and the lemon &amp; almond celebration cake. We bake them first thing on Tuesday
mornings after a deep clean, before any flour is used that day. Even so, we're a bakery full of flour and we
don't laboratory-test our bakes, so we can't label them "gluten-free" under UK law and can't promise they're
suitable for people with coeliac disease.</p>
<h2>Vegan &amp; vegetarian</h2>
<p>Vegan bakes carry a green leaf on their label in the shop and online. They include the vegan brownie box,
the vegan cinnamon bun, the vegan chocolate &amp; raspberry cake and all of our sourdoughs; the Country Tin
(milk and butter) and challah (egg) are not vegan. Vegan bakes are made in the same kitchen, so traces of milk
and egg are possible. We don't use gelatine in anything, and our cheddar is made with vegetarian rennet, so
everything except the sausage rolls is suitable for vegetarians.</p>
<h2>Allergen guide</h2>
<div class="table-wrapper">
<table>
<thead><tr><th>Bake</th><th>Contains</th></tr></thead>
<tbody>
<tr><td>Walcot White sourdough</td><td>Gluten (wheat)</td></tr>
<tr><td>Seeded Rye sourdough</td><td>Gluten (wheat, rye), sesame</td></tr>
<tr><td>Country Tin</td><td>Gluten (wheat), milk</td></tr>
<tr><td>Butter croissant</td><td>Gluten (wheat), milk, egg</td></tr>
<tr><td>Almond croissant</td><td>Gluten (wheat), milk, egg, nuts (almond)</td></tr>
<tr><td>Classic brownie</td><td>Gluten (wheat), egg, milk, soya</td></tr>
<tr><td>Vegan brownie</td><td>Gluten (wheat), soya</td></tr>
<tr><td>Carrot, walnut &amp; orange cake</td><td>Gluten (wheat), egg, milk, nuts (walnut)</td></tr>
</tbody>
</table>
</div>
<p>Full ingredient lists for everything on the counter are in the allergen folder by the till, and each
product page online lists allergens in bold. For cake orders, please tell us about any allergies in your
enquiry.</p>""",
)

# --------------------------------------------------------------------------------------------------
# Ingredients & sourcing
# --------------------------------------------------------------------------------------------------

_INGREDIENTS = _main_page(
    "Ingredients &amp; sourcing",
    """<p>Good bread starts with good flour, and good cake with proper butter and eggs. This is where ours come
from.</p>
<h2>Flour</h2>
<p>Our white and wholemeal flours are organic and stoneground at Shipton Mill near Tetbury in Gloucestershire.
The rye and spelt come from the same mill, and once a year we buy a small harvest of heritage Maris Widgeon
wheat from Fairfield Farm near Marlborough for special loaves.</p>
<h2>Dairy and eggs</h2>
<p>All our eggs are free-range, from Hollybrook Farm just outside Frome, delivered twice a week. Butter, milk
and cream are organic and come from Somerset dairies; we go through about 60kg of butter a week, most of it
folded into croissant dough.</p>
<h2>Chocolate, fruit and the rest</h2>
<p>We use Fairtrade Belgian chocolate, 54% and 70%. Fruit follows the seasons: rhubarb from Keynsham in spring,
berries from Somerset growers in summer, apples and pears from local orchards in autumn. We make our own jams,
lemon curd and candied peel.</p>
<h2>What we leave out</h2>
<p>No preservatives, no flour improvers and no palm oil. Our sourdoughs rise with nothing but our own starter,
which is now nine years old and fed twice a day; commercial yeast only goes into pastries and baguettes.</p>
<h2>Packaging</h2>
<p>Bread bags are compostable paper, cake boxes are made from recycled card and our postal boxes are padded with
paper, not plastic. Bring your own bag or box for bread and pastries, we're always happy to fill it.</p>
<h2>Waste</h2>
<p>We bake to sell out, but some days there's a little left. From 3.30pm, any spare bread and pastries go into
Too Good To Go surprise bags (£4.50 through the app). Whatever's left at closing is collected by Julian House
for their Bath shelter, and stale sourdough becomes breadcrumbs and bread-and-butter pudding for the café.</p>""",
)

# --------------------------------------------------------------------------------------------------
# Bread Club
# --------------------------------------------------------------------------------------------------

_BREAD_CLUB = _main_page(
    "Bread Club",
    """<p>Bread Club is our bread subscription: your favourite loaf, baked for you and waiting on the click &amp;
collect shelf with your name on it, every week or every fortnight. No queueing, no sell-outs.</p>
<h2>How it works</h2>
<ol>
<li>Choose your loaf: any of our sourdoughs or the Country Tin.</li>
<li>Choose weekly or fortnightly, and your day (Tuesday to Saturday). Your loaf must be one we bake on that day.</li>
<li>Collect from the shop any time during opening hours, or add Friday delivery in Zone 1 for £2 a drop.</li>
</ol>
<h2>Price</h2>
<p>Members pay 10% less than the counter price on every loaf: a weekly Walcot White works out at £4.32 a loaf.
You're billed every four weeks in advance, by card, through your Sulis account.</p>
<h2>Swapping, pausing and holidays</h2>
<p>Fancy a change? Swap your loaf for any week in "Manage subscription" (the link is in every Bread Club email)
by 8pm on the Sunday before. Going away? You can pause for up to 6 weeks a year in the same place, again by
8pm on the Sunday before the week you want to skip, and you won't be charged for paused weeks.</p>
<p>If you forget to collect, we keep your loaf until closing time and then donate it. Missed loaves can't be
refunded or carried over.</p>
<h2>Cancelling</h2>
<p>There's a minimum of 4 weeks when you first join. After that, cancel whenever you like from your account;
it takes effect at the end of the billing period you've paid for, with no fee.</p>
<h2>Member perks</h2>
<p>A free pastry in your birthday week, and first go at our Christmas menu before it opens to everyone else.</p>
<h2>Give it as a gift</h2>
<p>A 3-month Bread Club gift (weekly Walcot White) costs £56. Choose "Gift Bread Club" at the top of this
page and we'll email the lucky person how to pick their day.</p>""",
) + _reviews(
    "club_reviews",
    "Members say",
    [
        ("Saturday morning sorted. I walk in, grab my rye and I'm out.", "Gareth, Bread Club since 2021"),
        ("I switch between spelt and olive depending on the week. So easy.", "Nina, Bread Club member"),
        ("Best gift I've given my parents. They love the Friday drop.", "Sam, Weston"),
    ],
)

# --------------------------------------------------------------------------------------------------
# Wholesale
# --------------------------------------------------------------------------------------------------

_WHOLESALE = _main_page(
    "Wholesale for cafés, delis &amp; restaurants",
    """<p>We bake for around thirty independent cafés, delis, pubs and restaurants in and around Bath. If you'd
like Sulis bread on your tables, we'd love to hear from you.</p>
<h2>Who we supply</h2>
<p>Independent businesses within 15 miles of Bath, including Bradford on Avon, Frome, Corsham, Keynsham and
Midsomer Norton. We don't currently supply supermarkets or chains.</p>
<h2>The range</h2>
<p>Our full sourdough range, baguettes and focaccia; croissants and pain au chocolat, baked or frozen ready to
bake in your own oven; whole traybakes cut into 12 or 16; and loaf cakes. Trade prices are sent with our
wholesale pack.</p>
<h2>Minimum order and delivery</h2>
<p>The minimum order is £60 (ex VAT) per delivery. Delivery is free, between 5.30am and 8am, Tuesday to
Saturday, and we're happy to leave orders in a secure drop box or use a key safe.</p>
<h2>Ordering</h2>
<p>Order through our trade portal by 12 noon two days before delivery. Most customers set up a standing order,
which you can change up to 48 hours before any delivery.</p>
<h2>Payment terms</h2>
<p>Your first three orders are paid upfront by card. After that we open a monthly account, with invoices
payable within 14 days by bank transfer.</p>
<h2>Try before you commit</h2>
<p>We'll drop off a free sample box of three loaves and a few pastries, then arrange a chat with our wholesale
manager. You're welcome to say "bread from Sulis Bakehouse" on your menu; we don't bake own-label bread.</p>
<div class="contact">
<form method="post" action="#" id="WholesaleForm" accept-charset="UTF-8" class="contact-form">
<input type="hidden" name="contact[tags]" value="wholesale">
<div class="field"><input class="field__input" type="text" id="Wholesale-business" name="contact[Business]"
placeholder="Business name"><label class="field__label" for="Wholesale-business">Business name</label></div>
<div class="field"><input class="field__input" type="text" id="Wholesale-town" name="contact[Town]"
placeholder="Town"><label class="field__label" for="Wholesale-town">Town</label></div>
<div class="field"><input class="field__input" type="email" id="Wholesale-email" name="contact[email]"
placeholder="Email"><label class="field__label" for="Wholesale-email">Email</label></div>
<div class="field"><input class="field__input" type="text" id="Wholesale-spend" name="contact[Weekly spend]"
placeholder="Estimated weekly spend"><label class="field__label" for="Wholesale-spend">Estimated weekly
spend</label></div>
<button type="submit" class="button">Request a wholesale pack</button>
</form>
</div>""",
)

# --------------------------------------------------------------------------------------------------
# Baking classes
# --------------------------------------------------------------------------------------------------

_CLASSES = (
    _main_page(
        "Baking classes",
        """<p>Small, hands-on classes in our teaching kitchen on the first floor above the shop (up one flight of
stairs: let us know if access is a problem). Tea, coffee and cake are included, and you'll go home with
everything you've made and the recipes.</p>
<div class="table-wrapper">
<table>
<thead><tr><th>Class</th><th>When</th><th>Price</th><th>Places</th></tr></thead>
<tbody>
<tr><td>Sourdough for Beginners &ndash; take home your own starter, a shaped loaf to bake at home and a
loaf we bake together</td><td>Sundays, 2pm – 6pm</td><td>£95</td><td>8</td></tr>
<tr><td>Croissants &amp; Laminated Pastry &ndash; take home a box of croissants</td><td>Sundays,
2pm – 6.30pm</td><td>£110</td><td>6</td></tr>
<tr><td>Buttercream Cake Decorating &ndash; decorate a 6 inch cake with piped flowers and take it
home</td><td>Thursday evenings, 6pm – 9pm</td><td>£85</td><td>8</td></tr>
<tr><td>Kids' Bake Club (ages 7 – 12)</td><td>Wednesdays in school holidays, 10am – 12pm</td><td>£35 per
child</td><td>10</td></tr>
<tr><td>Private group class (hen dos, team days, birthdays)</td><td>Weekday evenings by arrangement</td><td>from
£650 for up to 10</td><td>10</td></tr>
</tbody>
</table>
</div>
<h2>Who can come</h2>
<p>Adult classes are for ages 16 and over; 12 to 15 year olds are welcome with a paying adult. At Kids' Bake
Club, children aged 9 and over can be dropped off; 7 and 8 year olds need a grown-up to stay (free of charge).
Aprons are provided. Please tie long hair back and wear closed-toe shoes.</p>
<p>We can adapt recipes for vegan bakers if you tell us when booking, but we can't run gluten-free classes.</p>
<h2>Booking and cancellations</h2>
<p>Classes are paid in full when you book online. If you need to cancel:</p>
<ul>
<li>14 days or more before the class: full refund.</li>
<li>7 to 13 days before: move to another date free of charge, or take a 50% refund.</li>
<li>Less than 7 days before: no refund, but you're welcome to send someone in your place.</li>
</ul>
<p>If we ever have to cancel a class (illness, for instance) you'll get the choice of a full refund or a new
date.</p>""",
    )
    + _reviews(
        "class_reviews",
        "After class",
        [
            ("Four hours flew by. My starter is thriving and my loaves finally have an ear!", "Kate, sourdough class"),
            ("Such a fun hen do, and we all left with cake.", "Rosie's hen party"),
            ("My twins came home covered in flour and very proud of their cookies.", "Dev, Kids' Bake Club"),
        ],
    )
    + _cta(
        "class_voucher_cta",
        "Give a class",
        "Class vouchers make a brilliant present for the baker in your life.",
        "/products/gift-voucher/",
        "Buy a voucher",
    )
)

# --------------------------------------------------------------------------------------------------
# Gift voucher (product page)
# --------------------------------------------------------------------------------------------------

_VOUCHER = """<section id="shopify-section-template--21873__main-product" class="shopify-section section">
<div class="page-width">
<div class="product product--medium product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<div class="product__media media media--transparent">
<img src="//sulisbakehouse.co.uk/cdn/shop/products/gift-voucher-card.jpg?v=1690&amp;width=1000"
alt="Sulis Bakehouse gift card in a kraft envelope with a sprig of rosemary" width="1000" height="1000">
</div>
</div>
<div class="product__info-wrapper grid__item">
<div id="ProductInfo-main-product" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Sulis Bakehouse</p>
<div class="product__title"><h1>Gift voucher</h1></div>
<div class="no-js-hidden" id="price-main-product" role="status">
<div class="price price--large price--show-badge"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">From £10.00 GBP</span></div></div></div>
</div>
<variant-radios id="variant-radios-main-product" class="no-js-hidden" data-section="main-product">
<fieldset class="js product-form__input">
<legend class="form__label">Value</legend>
<input type="radio" id="value-10" name="Value" value="£10" checked><label for="value-10">£10</label>
<input type="radio" id="value-25" name="Value" value="£25"><label for="value-25">£25</label>
<input type="radio" id="value-50" name="Value" value="£50"><label for="value-50">£50</label>
<input type="radio" id="value-100" name="Value" value="£100"><label for="value-100">£100</label>
<input type="radio" id="value-sourdough" name="Value" value="Sourdough class"><label for="value-sourdough">Sourdough
for Beginners class</label>
<input type="radio" id="value-decorating" name="Value" value="Decorating class"><label
for="value-decorating">Buttercream Cake Decorating class</label>
</fieldset>
<fieldset class="js product-form__input">
<legend class="form__label">Format</legend>
<input type="radio" id="format-e" name="Format" value="E-voucher" checked><label for="format-e">E-voucher by
email</label>
<input type="radio" id="format-card" name="Format" value="Printed card"><label for="format-card">Printed card</label>
</fieldset>
</variant-radios>
<div class="product-form__input product-form__quantity">
<label class="quantity__label form__label" for="Quantity-main-product">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">-</button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-main-product" min="1" value="1">
<button class="quantity__button" name="plus" type="button">+</button></quantity-input>
</div>
<product-form class="product-form">
<form method="post" action="#" id="product-form-main-product" class="form" novalidate="novalidate">
<div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to basket</span></button>
</div>
</form>
</product-form>
<div class="product__description rte quick-add-hidden">
<p>Treat someone to fresh bread, brunch, a cake or a class. Choose a value from £10 to £100, or a voucher for
a specific class which covers the full price of that class on any date they choose.</p>
<h3>E-voucher or printed card?</h3>
<p>E-vouchers are emailed with your personal message, either straight away or on a date you pick up to three
months ahead, so they're perfect for last-minute birthdays. Printed cards come in a kraft envelope and are
posted free by second class post (please allow 3 to 5 working days), or you can choose to collect the card
from the shop.</p>
<h3>Using a voucher</h3>
<p>Vouchers are valid for 24 months from the date of purchase; the expiry date is printed on the voucher.
They can be spent in the shop and café, online (enter the code at checkout), on baking classes and on
celebration and wedding cakes. They can't be used for Bread Club subscriptions or wholesale accounts, and
can't be exchanged for cash. You don't have to spend it all at once: any balance stays on the voucher until
it expires.</p>
<h3>Lost it?</h3>
<p>If you've lost a voucher, email us the order number or the purchaser's email address and we can reissue it
with the remaining balance.</p>
</div>
</div>
</div>
</div>
</div>
</section>
""" + _reviews(
    "voucher_reviews",
    "Gift voucher reviews",
    [
        ("Bought my mum the sourdough class voucher and she's now baking every weekend.", "Holly"),
        ("The printed card arrived quickly and looked really special.", "Martin"),
        ("Used my e-voucher on a birthday cake for my partner. Easy.", "Ade"),
    ],
)

# --------------------------------------------------------------------------------------------------
# Changes, cancellations, refunds & damaged deliveries
# --------------------------------------------------------------------------------------------------

_REFUNDS = _main_page(
    "Order changes, cancellations &amp; refunds",
    """<p>Things change, we understand. Because almost everything we sell is baked fresh for your order, how
much we can change depends on how close we are to baking it.</p>
<h2>Everyday orders (click &amp; collect and local delivery)</h2>
<p>You can change or cancel bread, pastry and treat orders up to 2pm the day before for a full refund. After
that we've started baking, so we can't refund, although we can usually change the collection time on the
day.</p>
<h2>Celebration cakes</h2>
<ul>
<li>Flavour or size changes: up to 7 days before your collection or delivery date.</li>
<li>Design details such as colours or the message: up to 3 days before.</li>
<li>Cancelling 7 or more days before: we refund anything you've paid beyond the deposit.</li>
<li>Cancelling less than 7 days before: no refund.</li>
</ul>
<p>Wedding cakes have their own terms, explained on our <a href="/pages/wedding-cakes/">wedding cakes</a>
page.</p>
<h2>Treats by post</h2>
<p>You can cancel a postal order any time before it is dispatched: email us before 9am on the dispatch day.
Because our bakes are perishable, the usual 14-day right to cancel online purchases doesn't apply once your
order has been sent.</p>
<h2>How refunds are paid</h2>
<p>Refunds go back to your original payment method and usually appear within 5 to 10 working days. If you paid
with a gift voucher, we refund that part as voucher credit.</p>
<h2>Damaged, missing or not right</h2>
<p><strong>Postal orders:</strong> if your box arrives damaged or squashed, email photos of the outer box and
the contents to hello@sulisbakehouse.co.uk within 48 hours of delivery. You don't need to send anything back.
Choose a free replacement on our next dispatch day or a full refund, whichever you prefer.</p>
<p><strong>Lost in the post:</strong> if a tracked parcel hasn't arrived 5 working days after dispatch, let us
know; we'll chase it and send a replacement or refund you.</p>
<p><strong>Cakes from our van or collected from the shop:</strong> we check the cake with you when we hand it
over. Please tell us there and then if anything isn't right. Once it has been handed over we can't accept
responsibility for damage on the journey home.</p>
<p><strong>Not happy with a bake?</strong> If something isn't up to scratch, bring it back or send us a photo
within 2 days and we'll replace it or refund you.</p>""",
)

# --------------------------------------------------------------------------------------------------
# Storage & freezing
# --------------------------------------------------------------------------------------------------

_STORAGE = _main_page(
    "Storing &amp; freezing your bakes",
    """<p>Everything we make is free from preservatives, so it's at its best fresh. Here's how to get the most out
of it.</p>
<h2>Sourdough</h2>
<p>A sourdough keeps well for 4 to 5 days. Store it cut side down on a board, or in a paper or linen bread bag.
Please don't keep it in plastic (the crust goes soft and it can go mouldy) or in the fridge, which makes bread
go stale faster.</p>
<p>To revive a loaf that's a couple of days old, run it quickly under the tap and put it in the oven at 200°C
(180°C fan) for 8 to 10 minutes.</p>
<h3>Freezing bread</h3>
<p>Sourdough freezes brilliantly. Slice it first, freeze it in a bag for up to 3 months and toast slices
straight from frozen, so you only take out what you need. To freeze a whole loaf, defrost it at room
temperature for 3 to 4 hours, then crisp it up in the oven for 5 minutes. Baguettes are best on the day; freeze
them on the day you buy them and use within a month.</p>
<h2>Pastries</h2>
<p>Croissants and pastries are best the day they're baked. The next day, warm them for 5 minutes at 180°C.
Baked croissants can be frozen for up to a month and reheated from frozen for 8 minutes.</p>
<h2>Celebration cakes</h2>
<p>Keep buttercream cakes in their box somewhere cool, at room temperature, for up to 3 days after collection.
In hot weather (above about 22°C) put the cake in the fridge, but take it out 2 hours before serving so the
buttercream softens and the sponge isn't cold. Cakes with fresh fruit or fresh cream must go in the fridge and
be eaten within 2 days. Once cut, cover the cut face with cling film. Slices of sponge cake freeze for up to 2
months (not those with fresh cream, fruit or flowers).</p>
<h3>Saving the top tier of your wedding cake</h3>
<p>Wrap it twice in cling film and then in foil and freeze it for up to 3 months. Defrost it overnight in the
fridge and bring it to room temperature before eating.</p>
<h2>Brownies, cookies and cupcakes</h2>
<p>Keep brownies and cookies in an airtight tin. Brownies freeze well for up to 2 months: defrost at room
temperature for an hour, or give them 10 seconds in the microwave. Cupcakes shouldn't go in the fridge; keep
them in their box and eat them within 3 days.</p>""",
)

# --------------------------------------------------------------------------------------------------
# Team
# --------------------------------------------------------------------------------------------------


def _person(name, role, text, img):
    return f"""<li class="multicolumn-list__item grid__item">
<div class="multicolumn-card content-container">
<div class="multicolumn-card__image-wrapper multicolumn-card__image-wrapper--half-width">
<div class="media media--transparent media--square"><img src="//sulisbakehouse.co.uk/cdn/shop/files/{img}.jpg?width=400"
alt="{name}" loading="lazy" width="400" height="400"></div></div>
<div class="multicolumn-card__info">
<h3 class="inline-richtext">{name}</h3>
<p class="caption-with-letter-spacing">{role}</p>
<div class="rte"><p>{text}</p></div>
</div>
</div>
</li>"""


_TEAM = (
    _rich(
        "team_story",
        "Our story",
        """<p>Sulis Bakehouse began in 2016 as a Saturday stall at the Green Park Station market, with Hannah
Pryce baking forty loaves a night in the tiny oven of her flat in Larkhall. The queues grew, the loaves
sold out earlier and earlier, and in spring 2019 we opened the shop on Walcot Street.</p>
<p>When the café had to close in 2020 we started posting brownies to people who couldn't see their families,
and the postal boxes have been part of Sulis ever since. Today there are fourteen of us, bakers, cake
decorators, baristas and one delivery van, still making everything by hand.</p>""",
        tag="h1",
    )
    + _section(
        "team_grid",
        '<div class="multicolumn">\n<h2 class="title inline-richtext h2">Meet the team</h2>\n'
        '<ul class="multicolumn-list grid grid--3-col-desktop" role="list">\n'
        + "\n".join(
            [
                _person(
                    "Hannah Pryce",
                    "Founder &amp; head baker",
                    "Trained as a pastry chef in London before coming home to Bath. Still bakes three nights a week"
                    " and dreams up the seasonal specials.",
                    "hannah",
                ),
                _person(
                    "Tomasz Nowak",
                    "Head of bread",
                    "Runs the night shift from 10pm to 6am and looks after our starter like a pet. Teaches the"
                    " sourdough and croissant classes.",
                    "tomasz",
                ),
                _person(
                    "Amara Okafor",
                    "Cake designer",
                    "Designs every celebration and wedding cake, leads the wedding consultations and teaches our"
                    " buttercream decorating evenings.",
                    "amara",
                ),
                _person(
                    "Ellie Marsh",
                    "Café manager",
                    "Keeps the café running and the coffee flowing, and knows most of our regulars' orders by heart.",
                    "ellie",
                ),
                _person(
                    "Raj Patel",
                    "Wholesale &amp; deliveries",
                    "Looks after our café and restaurant customers and drives the van, usually before sunrise.",
                    "raj",
                ),
            ]
        )
        + "\n</ul>\n</div>",
        "section",
    )
    + _reviews(
        "team_reviews",
        "What customers say about the team",
        [
            ("Ellie remembered my order after my second visit. That's why I keep coming back.", "Jess, Bathwick"),
            ("Amara listened to exactly what we wanted and made it even better.", "Olu, christening cake"),
            ("Raj is the cheeriest man in Bath at 6am.", "Café owner, Bradford on Avon"),
        ],
    )
)

# --------------------------------------------------------------------------------------------------
# FAQ
# --------------------------------------------------------------------------------------------------

_FAQ = _accordion(
    "faq",
    "Frequently asked questions",
    [
        (
            "Do I need to book a table in the café?",
            "<p>We don't take table bookings: the café is first come, first served. Groups of six or more on a"
            " weekday can email us and we'll do our best to push tables together. Saturday mornings are busy, so"
            " expect a short wait for a table between 9.30am and noon.</p>",
        ),
        (
            "Can I bring my dog?",
            "<p>Yes! Well-behaved dogs on leads are very welcome in the café and the shop. There's a water bowl by"
            " the door. We just ask that dogs stay off the benches.</p>",
        ),
        (
            "How can I pay?",
            "<p>In the shop and café we take cards, contactless, Apple Pay, Google Pay and cash. Online you can pay"
            " by card, PayPal or Shop Pay. We don't accept cheques.</p>",
        ),
        (
            "Do you have highchairs and baby changing?",
            "<p>We have two highchairs in the café. Unfortunately our toilet is too small for a baby changing"
            " table.</p>",
        ),
        (
            "When can I order for Christmas?",
            "<p>Our Christmas menu (stollen, mince pies, Christmas cake, panettone and festive loaves) goes online"
            " on 1 November. Orders close on 18 December, or sooner if we sell out, and are collected from the"
            " shop between 21 and 24 December.</p>",
        ),
        (
            "Can you donate something to our school or charity raffle?",
            "<p>We donate one £25 gift voucher each month to a local school, charity or community group. Email us"
            " at least 4 weeks before your event with the name of your school or your charity number.</p>",
        ),
        (
            "Do you sell coffee beans?",
            "<p>Yes. The coffee in our café is roasted by Colonna here in Bath, and we sell 250g bags of their"
            " beans at the counter for £9.50, whole or ground for your machine.</p>",
        ),
        (
            "Can I work on my laptop in the café?",
            "<p>Of course, and the Wi-Fi is free (the password is on the menu board). On Saturdays between 10am and"
            " 2pm we ask people not to use laptops so that everyone can find a seat.</p>",
        ),
        (
            "Do you have any seasonal bakes?",
            "<p>Lots. Hot cross buns appear from the start of Lent, Thursday to Saturday; summer brings"
            " strawberry and elderflower tarts; autumn is all about apple and blackberry buns. Follow us on"
            " Instagram to see what's on the counter each week.</p>",
        ),
    ],
) + _cta(
    "faq_cta",
    "Still got a question?",
    "Our team is happy to help.",
    "/pages/contact/",
    "Contact us",
)

# --------------------------------------------------------------------------------------------------
# Contact
# --------------------------------------------------------------------------------------------------

_CONTACT = _main_page(
    "Contact us",
    """<p>We're a small team and we'd love to help. Here's the quickest way to reach the right person.</p>
<div class="contact-columns">
<div class="contact-column">
<h2>Phone</h2>
<p><a href="tel:+441225448372">01225 448372</a>. The phone is answered Tuesday to Saturday, 8am to 3pm; it's
busiest before 10am, so late morning is a good time to call. We don't answer the phone on Sundays (the shop
is too busy), so please email instead.</p>
<h2>Email</h2>
<p>General questions and existing orders: <a href="mailto:hello@sulisbakehouse.co.uk">hello@sulisbakehouse.co.uk</a>.
We reply within one working day, Tuesday to Saturday.</p>
<p>Cake enquiries: <a href="mailto:cakes@sulisbakehouse.co.uk">cakes@sulisbakehouse.co.uk</a>, or use the form
on our celebration cakes page. We reply within 2 working days.</p>
<p>Wholesale: <a href="mailto:wholesale@sulisbakehouse.co.uk">wholesale@sulisbakehouse.co.uk</a></p>
<p>Press and collaborations: please email hello@ with "Press" in the subject line.</p>
</div>
<div class="contact-column">
<h2>Social media</h2>
<p>We love seeing your photos on Instagram and Facebook, but our messages there aren't checked every day and
we can't deal with orders through them. For anything about an order, please phone or email so it doesn't get
missed.</p>
<h2>Post and returns</h2>
<p>Our bakehouse and office: Sulis Bakehouse Ltd, Unit 6, Brassmill Enterprise Centre, Brassmill Lane, Bath
BA1 3JN. Please use this address for returning hired cake stands. There's no shop or collection point
here.</p>
</div>
</div>""",
) + _section(
    "contact_form",
    """<div class="contact page-width page-width--narrow">
<h2 class="title title-wrapper--no-top-margin inline-richtext h1">Send us a message</h2>
<form method="post" action="#" id="ContactForm" accept-charset="UTF-8" class="contact-form">
<input type="hidden" name="form_type" value="contact"><input type="hidden" name="utf8" value="✓">
<div class="contact__fields">
<div class="field"><input class="field__input" autocomplete="name" type="text" id="ContactForm-name"
name="contact[Name]" placeholder="Name"><label class="field__label" for="ContactForm-name">Name</label></div>
<div class="field field--with-error"><input autocomplete="email" type="email" id="ContactForm-email"
class="field__input" name="contact[email]" placeholder="Email"><label class="field__label"
for="ContactForm-email">Email *</label></div>
</div>
<div class="field"><input type="tel" id="ContactForm-phone" class="field__input" autocomplete="tel"
name="contact[Phone number]" placeholder="Phone number"><label class="field__label" for="ContactForm-phone">Phone
number</label></div>
<div class="field"><input type="text" id="ContactForm-order" class="field__input" name="contact[Order number]"
placeholder="Order number (if you have one)"><label class="field__label" for="ContactForm-order">Order number (if
you have one)</label></div>
<div class="field"><textarea rows="10" id="ContactForm-body" class="text-area field__input" name="contact[Comment]"
placeholder="Comment"></textarea><label class="form__label field__label" for="ContactForm-body">Comment</label></div>
<div class="contact__button"><button type="submit" class="button">Send</button></div>
</form>
</div>""",
    "section",
)


HTML = {
    "/": _page(
        "/",
        "Sulis Bakehouse | Sourdough, cakes &amp; café in Bath",
        "Independent bakery and café on Walcot Street, Bath: sourdough, pastries, celebration cakes and brownies"
        " by post.",
        _HOME,
        "index",
    ),
    "/pages/visit-us/": _page(
        "/pages/visit-us/",
        "Visit the shop &amp; café",
        "Opening hours, parking, directions and accessibility for Sulis Bakehouse on Walcot Street, Bath.",
        _VISIT,
    ),
    "/collections/bread/": _page(
        "/collections/bread/",
        "Bread &amp; sourdough",
        "Slow-fermented sourdough and everyday bread, baked overnight in Bath. Order for click &amp; collect.",
        _BREAD,
        "collection",
    ),
    "/pages/celebration-cakes/": _page(
        "/pages/celebration-cakes/",
        "Celebration cakes",
        "Hand-decorated buttercream birthday and celebration cakes made to order in Bath. Sizes, prices and flavours.",
        _CELEBRATION,
    ),
    "/pages/wedding-cakes/": _page(
        "/pages/wedding-cakes/",
        "Wedding cakes",
        "Buttercream wedding cakes for venues in Bath, Somerset and Wiltshire. Consultations, tasting boxes, prices.",
        _WEDDING,
    ),
    "/collections/postal-treats/": _page(
        "/collections/postal-treats/",
        "Cakes &amp; treats by post",
        "Letterbox brownie boxes, cookie tins and cupcakes posted across the UK from our Bath bakery.",
        _POSTAL,
        "collection",
    ),
    "/pages/delivery-and-collection/": _page(
        "/pages/delivery-and-collection/",
        "Local delivery &amp; click and collect",
        "Delivery zones and charges around Bath, delivery slots, and how click and collect works.",
        _DELIVERY,
    ),
    "/pages/allergens-dietary/": _page(
        "/pages/allergens-dietary/",
        "Allergens &amp; dietary needs",
        "Allergen information, nuts, gluten-free, vegan and vegetarian bakes at Sulis Bakehouse.",
        _ALLERGENS,
    ),
    "/pages/ingredients-and-sourcing/": _page(
        "/pages/ingredients-and-sourcing/",
        "Ingredients &amp; sourcing",
        "Where our flour, butter, eggs and fruit come from, our packaging and what happens to leftover bread.",
        _INGREDIENTS,
    ),
    "/pages/bread-club/": _page(
        "/pages/bread-club/",
        "Bread Club subscription",
        "A weekly or fortnightly loaf with 10% off, ready on the shelf with your name on it.",
        _BREAD_CLUB,
    ),
    "/pages/wholesale/": _page(
        "/pages/wholesale/",
        "Wholesale",
        "Sourdough, pastries and cakes for independent cafés, delis and restaurants around Bath.",
        _WHOLESALE,
    ),
    "/pages/baking-classes/": _page(
        "/pages/baking-classes/",
        "Baking classes",
        "Sourdough, croissant and cake decorating classes in Bath, plus Kids' Bake Club and private groups.",
        _CLASSES,
    ),
    "/products/gift-voucher/": _page(
        "/products/gift-voucher/",
        "Gift voucher",
        "Sulis Bakehouse gift vouchers from £10, or for a baking class. E-voucher or printed card.",
        _VOUCHER,
        "product",
    ),
    "/pages/changes-cancellations-refunds/": _page(
        "/pages/changes-cancellations-refunds/",
        "Changes, cancellations &amp; refunds",
        "Changing or cancelling an order, refunds, and what to do if a delivery arrives damaged.",
        _REFUNDS,
    ),
    "/pages/storage-and-freezing/": _page(
        "/pages/storage-and-freezing/",
        "Storage &amp; freezing",
        "How to store and freeze sourdough, pastries, cakes and brownies from Sulis Bakehouse.",
        _STORAGE,
    ),
    "/pages/meet-the-team/": _page(
        "/pages/meet-the-team/",
        "Our story &amp; team",
        "How Sulis Bakehouse started and the people who bake, decorate and deliver.",
        _TEAM,
    ),
    "/pages/faq/": _page(
        "/pages/faq/",
        "FAQs",
        "Answers to common questions about the café, payments, Christmas orders and more.",
        _FAQ,
    ),
    "/pages/contact/": _page(
        "/pages/contact/",
        "Contact us",
        "Phone, email and postal details for Sulis Bakehouse, Bath.",
        _CONTACT,
    ),
}

QUESTIONS = [
    ("how much are ur croissants and the chocolate ones", "/"),
    (
        "Is there anywhere to park near you? I'm driving over from Chippenham on Saturday to pick up my mum's"
        " birthday cake and I really don't fancy carrying it halfway across town.",
        "/pages/visit-us/",
    ),
    ("are you open bank holiday monday", "/pages/visit-us/"),
    (
        "What days do you make that rye loaf with all the seeds on? I came in on Wednesday and there wasn't any.",
        "/collections/bread/",
    ),
    (
        "I've got arthritis in my hands and struggle to cut a crusty loaf. Would you be able to cut it up for me?",
        "/collections/bread/",
    ),
    (
        "Help!! It's my daughter's 6th birthday on Saturday and I completely forgot to sort a cake. Is it too late"
        " to get one from you?",
        "/pages/celebration-cakes/",
    ),
    ("can you do an all black cake with gold drips for my husbands 40th", "/pages/celebration-cakes/"),
    (
        "We're getting married next August but we live up in Leeds so can't really pop in. Is there any way we can"
        " try your cakes before we decide?",
        "/pages/wedding-cakes/",
    ),
    (
        "Do you do the smooth white icing, like a proper traditional wedding cake?",
        "/pages/wedding-cakes/",
    ),
    (
        "I'd like to send my sister some brownies for her birthday but she's at work all day. Will they go through"
        " the letterbox or does someone have to be in?",
        "/collections/postal-treats/",
    ),
    (
        "ordered a box of cupcakes thursday night and its still saying not dispatched?? its saturday now",
        "/collections/postal-treats/",
    ),
    (
        "We're both at work on Friday, can your driver just leave the birthday cake in the porch?",
        "/pages/delivery-and-collection/",
    ),
    (
        "My son has a really bad nut allergy, he carries an EpiPen. Is there anything of yours that would be safe"
        " for him?",
        "/pages/allergens-dietary/",
    ),
    (
        "I'm coeliac. Is your gluten free bread actually safe for me or is it just no gluten added?",
        "/pages/allergens-dietary/",
    ),
    ("Are your eggs free range?", "/pages/ingredients-and-sourcing/"),
    (
        "I get a loaf every week on your subscription thing but we're off to Spain for two weeks in June, can I"
        " stop it while we're away",
        "/pages/bread-club/",
    ),
    (
        "I run a little coffee shop in Frome and we'd love to sell your sourdough. What's the minimum we'd have to"
        " order?",
        "/pages/wholesale/",
    ),
    (
        "I booked the cake decorating evening but work have just sent me on a trip that week. It's 10 days away,"
        " can I get my money back?",
        "/pages/baking-classes/",
    ),
    (
        "A friend gave me one of your vouchers about a year and a half ago and I've only just found it in a drawer."
        " Can I still use it",
        "/products/gift-voucher/",
    ),
    (
        "The brownie box came today and it's completely squashed, half of them are in bits. What do I do?",
        "/pages/changes-cancellations-refunds/",
    ),
    (
        "I ordered a chocolate birthday cake for a week on Saturday but my son's now decided he wants lemon. Is it"
        " too late to change it?",
        "/pages/changes-cancellations-refunds/",
    ),
    (
        "There's only the two of us and we never finish a sourdough before it goes rock hard. Can I freeze it?",
        "/pages/storage-and-freezing/",
    ),
    (
        "How long have you lot been going? I'm sure I used to buy your bread at the market at Green Park years ago.",
        "/pages/meet-the-team/",
    ),
    ("Can I bring my dog in with me for a coffee?", "/pages/faq/"),
    (
        "I messaged you on Instagram about my order three days ago and nobody's replied. How do I actually get hold"
        " of someone?",
        "/pages/contact/",
    ),
]

OUT_OF_SCOPE = [
    "Are you hiring at all? My daughter's 16 and looking for a Saturday job.",
    "Do you have a loyalty card for coffees?",
    "How many calories are in one of your brownies?",
    "Do you do a discount for NHS staff or students?",
    "Do you make birthday cakes for dogs? It's our spaniel's first birthday next week",
    "Do you sell bags of your bread flour? I want to have a go at making my own at home.",
    "What time does the Roman Baths open on Sunday?",
    "Do you know a good plumber round the Walcot area? Ours has let us down again.",
]
