"""An evaluation site: Orchard House Vets, an independent vet practice for cats, dogs, rabbits and small pets (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Wix (Thunderbolt) markup: rich-text
comp-xxxx boxes with font_8 paragraphs and <br>-separated lines, a repeater for the team, bold-question FAQ.
"""

NAME = "Orchard House Vets"

_MENU = [
    ("/", "Home"),
    ("/consultations/", "Consultations"),
    ("/vaccinations/", "Vaccinations"),
    ("/neutering/", "Neutering"),
    ("/dentistry/", "Dentistry"),
    ("/surgery-and-diagnostics/", "Surgery &amp; Diagnostics"),
    ("/pet-health-plan/", "Pet Health Plan"),
    ("/nurse-clinics/", "Nurse Clinics"),
    ("/senior-pets/", "Senior Pets"),
    ("/rabbits-and-exotics/", "Rabbits &amp; Exotics"),
    ("/emergencies/", "Emergencies"),
    ("/saying-goodbye/", "Saying Goodbye"),
    ("/fees-and-insurance/", "Fees &amp; Insurance"),
    ("/register/", "Register"),
    ("/our-team/", "Our Team"),
    ("/find-us/", "Find Us"),
    ("/faq/", "FAQ"),
]

_HEAD_STYLE = """<style>
#SITE_HEADER{position:relative}.wixui-rich-text__text{font-family:'avenir-lt-w01_35-light1475496',sans-serif}
.font_8{font-size:16px;line-height:1.6em}.font_2{font-size:34px}.StylableButton2545352419__root{background:#3b6e4f}
</style>"""

_counter = [1000]


def _cid():
    _counter[0] += 37
    return f"comp-l{_counter[0]}k{_counter[0] * 7:x}"


def rt(*blocks):
    """A Wix rich-text box. Each block: 'h:Heading', 'b:bold paragraph', or a plain paragraph (may hold <br>)."""
    cid = _cid()
    out = []
    for b in blocks:
        if b.startswith("h:"):
            out.append(
                f'<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{b[2:]}</span></h2>'
            )
        elif b.startswith("b:"):
            out.append(
                '<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">'
                f"{b[2:]}</span></p>"
            )
        else:
            out.append(f'<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{b}</span></p>')
    inner = "\n".join(out)
    return f'<div id="{cid}" class="{cid} wixui-rich-text" data-testid="richTextElement">\n{inner}\n</div>'


def button(label, href):
    cid = _cid()
    return (
        f'<div class="{cid} wixui-button" id="{cid}"><a data-testid="linkElement" href="{href}" '
        f'class="StylableButton2545352419__root wixui-button"><span class="StylableButton2545352419__label '
        f'wixui-button__label">{label}</span></a></div>'
    )


def table(rows):
    cid = _cid()
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    return (
        f'<div id="{cid}" class="{cid} wixui-table" data-testid="richTextElement"><table class="wixui-rich-text__text">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


_REVIEWS = rt(
    "h:What our clients say",
    "&ldquo;They were so gentle with our nervous rescue greyhound. Couldn&rsquo;t ask for more.&rdquo; "
    "&ndash; Sarah, Ledbury",
    "&ldquo;Lovely nurses, and the health plan has saved us a fortune with two cats.&rdquo; &ndash; Mike, Colwall",
    "&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 from 312 Google reviews",
)


def page(path, title, body, sidebar=""):
    nav = "\n".join(
        f'<li class="wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{p}" '
        f'class="StylableHorizontalMenu3372578893__menuItem">{label}</a></li>'
        for p, label in _MENU
    )
    side = ""
    if sidebar:
        side = f'<div class="comp-sidebar-col wixui-column-strip__column" data-testid="columns">{sidebar}</div>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{title} | Orchard House Vets</title>
<meta name="description" content="{title} at Orchard House Vets, independent veterinary surgery in Ledbury.">
<meta property="og:title" content="{title} | Orchard House Vets">
<meta property="og:site_name" content="Orchard House Vets">
<link rel="canonical" href="https://www.orchardhousevets.co.uk{path}">
<link rel="stylesheet" href="/_partials/thunderbolt/main.css">
<link rel="stylesheet" href="/_partials/fonts/avenir.css">
{_HEAD_STYLE}
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());
gtag('config','G-OHV2023X');</script>
</head>
<body class="device-desktop">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
<div class="comp-header-strip wixui-column-strip">
<div class="comp-logo wixui-image"><a href="/" data-testid="linkElement"><img src="/media/ohv-logo.png"
 alt="Orchard House Vets logo"></a></div>
<div id="comp-header-tagline" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8
 wixui-rich-text__text"><span class="wixui-rich-text__text">Independent vets in Ledbury since 1987 &middot;
 <a href="tel:01531630412">01531 630412</a></span></p></div>
<nav class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site">
<ul class="StylableHorizontalMenu3372578893__menu">
{nav}
</ul></nav>
{button("Book an appointment", "/consultations/")}
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1">
<div id="SITE_PAGES" class="JsJXaX"><div class="wixui-page" data-testid="page">
<section class="wixui-section"><div class="wixui-column-strip" data-testid="columns">
<div class="comp-main-col wixui-column-strip__column">
{body}
</div>
{side}
</div></section>
<section class="wixui-section comp-reviews-strip">{_REVIEWS}</section>
</div></div>
</main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">
<div class="comp-footer-cols wixui-column-strip">
{
        rt(
            "b:Orchard House Vets",
            "14 Bye Street<br>Ledbury<br>Herefordshire<br>HR8 2AA",
            '<a href="tel:01531630412">01531 630412</a><br><a href="mailto:hello@orchardhousevets.co.uk">'
            "hello@orchardhousevets.co.uk</a>",
        )
    }
{
        rt(
            "b:Opening hours",
            "Mon&ndash;Fri 8.00am &ndash; 7.00pm<br>Sat 9.00am &ndash; 12.30pm<br>Sun closed",
            'Out of hours: <a href="/emergencies/">see emergencies</a>',
        )
    }
{
        rt(
            "b:Follow us",
            '<a href="https://www.facebook.com/orchardhousevets">Facebook</a><br>'
            '<a href="https://www.instagram.com/orchardhousevets">Instagram</a>',
        )
    }
</div>
{
        rt(
            "&copy; 2025 Orchard House Veterinary Surgery Ltd. RCVS registered practice. Company no. 04718823. "
            '<a href="/faq/">Privacy &amp; cookies</a>'
        )
    }
</footer>
<div id="CONSENT_BANNER" class="consent-banner" role="dialog" aria-label="Cookie banner">
<p>We use cookies to give you the best experience and to see how our site is used.</p>
<button class="consent-banner__accept">Accept</button><button class="consent-banner__settings">Settings</button>
</div>
</div></div>
</body>
</html>"""


def _help_sidebar():
    return rt(
        "h:Need help today?",
        "Call reception on 01531 630412 &ndash; we keep same-day slots for poorly pets every weekday.",
    ) + button("Register your pet", "/register/")


HTML = {}

HTML["/"] = page(
    "/",
    "Home",
    rt(
        "h:Caring for Ledbury&rsquo;s pets since 1987",
        "Orchard House Vets is a family-run, fully independent practice on Bye Street, a few minutes&rsquo; walk "
        "from the Market House. We are not part of any corporate group, which means the vets you see are the "
        "people who make the decisions about your pet&rsquo;s care, and our prices are set here in Ledbury.",
        "We look after cats, dogs, rabbits, guinea pigs, ferrets and other small furries, and we have a vet with "
        "a special interest in rabbits and exotic pets. Our building has separate waiting areas for cats and "
        "dogs, an in-house laboratory, digital X-ray, ultrasound and a dedicated dental suite.",
        "h:What we offer",
        "Consultations and same-day appointments<br>Vaccinations and the Orchard Pet Health Plan<br>Neutering, "
        "dentistry and soft-tissue surgery<br>Nurse clinics for weight, nails, microchips and more<br>"
        "Senior pet checks and long-term medication<br>Gentle, unhurried end-of-life care",
        "We are a Cat Friendly Clinic (silver award) and an RCVS-accredited practice. New clients are always "
        "welcome &ndash; registering takes a couple of minutes online.",
    )
    + button("Register with us", "/register/")
    + button("Meet the team", "/our-team/"),
    _help_sidebar(),
)

HTML["/consultations/"] = page(
    "/consultations/",
    "Consultations",
    rt(
        "h:Consultations",
        "A standard consultation at Orchard House is 15 minutes with a vet. That gives time for a full nose-to-tail "
        "examination, a proper conversation about what you have noticed, and a plan you understand before you "
        "leave. If you have more than one concern, or you are bringing two pets, please ask for a double "
        "appointment (30 minutes) when booking.",
        "h:Booking",
        "You can book by phone on 01531 630412 or through the online booking link sent when you register. "
        "We hold back a number of same-day emergency slots every weekday morning and afternoon, so if your pet "
        "is unwell today please ring as soon as we open at 8am rather than booking online.",
        "h:Evening and Saturday appointments",
        "Our last consultation on weekdays is at 6.40pm, and on Saturday mornings we see appointments between "
        "9am and 12 noon. Saturday slots fill quickly, so book early in the week if you can.",
        "h:Cancellations and missed appointments",
        "Please give us at least 24 hours&rsquo; notice if you can&rsquo;t make your appointment so we can offer the "
        "slot to another pet. Appointments missed without notice twice in a year will be charged at a "
        "&pound;20 missed-appointment fee.",
        "h:Second opinions",
        "We are happy to see pets for a second opinion. We will ask your current vet to send over the clinical "
        "history first, with your permission, so please allow two working days.",
    ),
    _help_sidebar(),
)

HTML["/vaccinations/"] = page(
    "/vaccinations/",
    "Vaccinations",
    rt(
        "h:Vaccinations for dogs, cats and rabbits",
        "Vaccination protects your pet against serious infectious diseases, and every vaccination appointment "
        "includes a full health check with a vet.",
        "b:Puppies",
        "Puppies have their first vaccination from 8 weeks old and the second 2&ndash;4 weeks later, covering "
        "distemper, hepatitis, parvovirus and leptospirosis. Your puppy can go out for walks one week after the "
        "second injection.",
        "b:Kittens",
        "Kittens start at 9 weeks with a second injection at 12 weeks against cat flu, enteritis and feline "
        "leukaemia (FeLV). We recommend keeping kittens indoors until a week after the second vaccine.",
        "b:Rabbits",
        "Rabbits need one combined vaccine each year against myxomatosis and both strains of rabbit "
        "haemorrhagic disease (RHD1 and RHD2). They can be vaccinated from 5 weeks of age.",
        "b:Kennel cough",
        "The kennel cough vaccine is a painless drop up the nose and lasts 12 months. Most boarding kennels "
        "require it, and it should be given at least 3 weeks before your dog goes in.",
        "h:Prices",
    )
    + table(
        [
            ["Vaccination", "Price"],
            ["Puppy or kitten primary course (2 injections)", "&pound;84.00"],
            ["Dog annual booster", "&pound;56.50"],
            ["Cat annual booster", "&pound;54.00"],
            ["Rabbit annual vaccine", "&pound;49.00"],
            ["Kennel cough (intranasal)", "&pound;38.00"],
        ]
    )
    + rt(
        "If your pet&rsquo;s booster is more than 3 months overdue we may need to restart the course with two "
        "injections. All vaccinations are included in the Pet Health Plan."
    ),
)

HTML["/neutering/"] = page(
    "/neutering/",
    "Neutering",
    rt(
        "h:Neutering",
        "Neutering prevents unwanted litters and reduces the risk of some cancers and behaviour problems. "
        "Operations are done as day patients: drop off between 8.00 and 8.45am and most pets go home the same "
        "afternoon. Please don&rsquo;t feed your pet after 10pm the night before (water is fine). Rabbits and "
        "guinea pigs must NOT be starved &ndash; bring some of their usual food with them.",
        "b:When should it be done?",
        "Cats: from 4 months old, both male and female.<br>Dogs: we discuss timing for each dog, as larger "
        "breeds may benefit from waiting until they are fully grown (12&ndash;18 months). Bitches are usually "
        "spayed 3 months after a season.<br>Rabbits: males from 4 months, females from 6 months.",
        "b:Keyhole (laparoscopic) spays",
        "We offer keyhole spays for bitches. The ovaries are removed through two small incisions, recovery is "
        "faster and there is less pain. It costs a little more than a traditional spay.",
        "h:Neutering prices",
        "Cat castrate &pound;98<br>Cat spay &pound;142<br>Dog castrate (under 20kg) &pound;265<br>Dog castrate "
        "(20kg and over) &pound;315<br>Dog spay (under 20kg) &pound;395<br>Dog spay (20kg and over) &pound;465<br>"
        "Keyhole spay, any size &pound;595<br>Rabbit castrate &pound;115<br>Rabbit spay &pound;165",
        "Prices include anaesthetic, pain relief to take home and two post-operative checks. Health Plan "
        "members receive 10% off neutering.",
        "b:Aftercare",
        "Keep your pet quiet and on lead walks for 10 days. A buster collar or a surgical body suit stops them "
        "licking the wound. Stitches are usually dissolvable, and we check the wound at 3 days and 10 days.",
    ),
)

HTML["/dentistry/"] = page(
    "/dentistry/",
    "Dentistry",
    rt(
        "h:Pet dentistry",
        "By the age of three most dogs and cats have some dental disease. Signs to look out for are bad breath, "
        "dropping food, chewing on one side, pawing at the mouth, or brown tartar on the teeth. Many pets hide "
        "mouth pain very well and simply eat a little more slowly.",
        "h:Free dental checks",
        "Our nurses offer free 15-minute dental checks. They will look at your pet&rsquo;s teeth and gums, give "
        "them a dental score, and show you how to brush their teeth at home.",
        "h:Dental treatment under anaesthetic",
        "A proper scale and polish has to be done under general anaesthetic, so we can clean under the gum line "
        "and chart every tooth. We take dental X-rays in our dental suite to see the roots, because around "
        "half of dental disease is hidden below the gum. Any loose or painful teeth are extracted at the same "
        "time.",
        "Dental procedures start at &pound;345 for a scale and polish with dental X-rays. Extractions are "
        "charged by time, and we will phone you during the procedure if we find more work than expected. "
        "A written estimate is given at the pre-dental check.",
        "h:Rabbit teeth",
        "Rabbits&rsquo; teeth grow all their lives. Overgrown back teeth are common and cause drooling and loss "
        "of appetite &ndash; see our Rabbits &amp; Exotics page.",
        "h:Home care",
        "Daily brushing with a pet toothpaste is the best way to keep teeth healthy. Never use human toothpaste, "
        "as it contains xylitol and fluoride which are harmful to pets.",
    ),
    _help_sidebar(),
)

HTML["/surgery-and-diagnostics/"] = page(
    "/surgery-and-diagnostics/",
    "Surgery & Diagnostics",
    rt(
        "h:Surgery",
        "Our two theatres are used for soft-tissue surgery such as lump removals, wound repairs, bladder stones, "
        "foreign bodies and caesareans. For complex orthopaedic operations (such as cruciate ligament repairs "
        "and fractures) our visiting orthopaedic surgeon, Mr Tom Akers, operates here every other Thursday, so "
        "your dog doesn&rsquo;t have to travel to a referral centre.",
        "Every anaesthetic patient is monitored by a dedicated registered veterinary nurse. We offer "
        "pre-anaesthetic blood tests for &pound;65, and recommend them for all pets over 7 years old.",
        "h:Diagnostics",
        "Our in-house laboratory can run blood tests, urine tests and skin scrapes while you wait, with most "
        "blood results back within 30 minutes. Samples sent to the external lab usually take 2&ndash;3 "
        "working days.",
        "We have digital X-ray, ultrasound (including heart scans), an ECG machine and blood pressure "
        "monitoring. Most X-rays and ultrasound scans are done under sedation, so your pet will usually be "
        "admitted for the morning.",
        "h:Collecting your pet after surgery",
        "The vet or nurse will phone you once your pet has woken up, usually early afternoon, to arrange a "
        "discharge appointment between 4pm and 6pm. At collection a nurse goes through the aftercare "
        "instructions and any medication.",
        "h:Referrals",
        "If your pet needs specialist care we refer to Willows Referral Centre in Solihull or Langford Vets in "
        "Bristol, depending on the case.",
    ),
)

HTML["/pet-health-plan/"] = page(
    "/pet-health-plan/",
    "Pet Health Plan",
    rt(
        "h:The Orchard Pet Health Plan",
        "Spread the cost of your pet&rsquo;s routine preventive care into affordable monthly Direct Debit "
        "payments, and save money at the same time.",
        "b:Every plan includes",
        "Annual vaccinations<br>Flea treatment all year round<br>Worming every 3 months (monthly for puppies "
        "and kittens)<br>Lungworm protection for dogs<br>Two health checks a year with a vet<br>Unlimited "
        "nurse clinics<br>Free nail clips",
        "b:Plus member discounts",
        "10% off neutering and dental procedures<br>10% off food bought at the practice<br>5% off other "
        "medicines and treatment<br>No administration fee on insurance claims",
    )
    + table(
        [
            ["Plan", "Monthly"],
            ["Cat", "&pound;16.50"],
            ["Small dog (up to 10kg)", "&pound;17.95"],
            ["Medium dog (10&ndash;25kg)", "&pound;20.95"],
            ["Large dog (over 25kg)", "&pound;24.95"],
            ["Rabbit", "&pound;9.50"],
        ]
    )
    + rt(
        "h:Flea and worming",
        "We use prescription-strength flea and worm products, which work better than most supermarket brands. "
        "Not on the plan? You can still buy them from reception after a check-up within the last 12 months.",
        "h:Joining and leaving",
        "Sign up at reception or during any appointment. The plan runs for 12 months; after that you can cancel "
        "with one month&rsquo;s notice. The plan is not insurance and does not cover illness or accidents.",
    ),
)

HTML["/nurse-clinics/"] = page(
    "/nurse-clinics/",
    "Nurse Clinics",
    rt(
        "h:Nurse clinics",
        "Our registered veterinary nurses run clinics every weekday. Nurse appointments are 20 minutes and "
        "are free for Health Plan members.",
        "b:Weight clinics",
        "Around half the pets we see are overweight. Our free weight clinics give your pet a target weight, a "
        "diet plan and monthly weigh-ins. You are also welcome to pop in and use the waiting-room scales any "
        "time we are open.",
        "b:Nail clips",
        "Nail clipping for dogs, cats, rabbits and guinea pigs &ndash; &pound;12, or free on the Health Plan.",
        "b:Microchipping",
        "Microchipping is a legal requirement for dogs by 8 weeks old and for cats by 20 weeks old in England. "
        "A nurse can implant a chip in a few seconds &ndash; it feels like a normal injection. Microchipping "
        "costs &pound;22, including registration on the Petlog database. If you have moved house, remember to "
        "update your details with the database yourself; we can scan your pet&rsquo;s chip to check the number.",
        "b:Other nurse appointments",
        "Anal gland expression (&pound;18)<br>Post-operative checks and stitch removal (free)<br>Puppy and "
        "kitten advice checks<br>Help giving tablets or ear drops<br>Diabetic and blood pressure checks",
    )
    + button("Book a nurse appointment", "/consultations/"),
    _help_sidebar(),
)

HTML["/senior-pets/"] = page(
    "/senior-pets/",
    "Senior Pets",
    rt(
        "h:Caring for older pets",
        "Cats and dogs are considered senior from around 8 years old (6 for giant breeds). Older pets often "
        "slow down so gradually that owners put it down to age, when in fact conditions like arthritis, kidney "
        "disease, an overactive thyroid and dental pain can be treated and make a huge difference.",
        "b:Signs to look out for",
        "Drinking more or weeing more<br>Weight loss, even with a good appetite<br>Stiffness getting up, or "
        "reluctance to jump or use the stairs<br>Confusion, restlessness or howling at night<br>New lumps",
        "h:Senior Wellness Check &ndash; &pound;89",
        "A 30-minute appointment with a vet, including a blood pressure measurement, blood test for kidney, "
        "liver and thyroid function, and a urine test. Bring a urine sample in a clean pot if you can.",
        "h:Long-term medication and repeat prescriptions",
        "Pets on long-term medicine need a check with a vet at least every 6 months, or every 3 months for some "
        "medicines. Please order repeat prescriptions 48 hours in advance by phone or email. We can also "
        "write a written prescription (&pound;18.50) if you want to buy medicine from an online pharmacy.",
        "b:Arthritis clinic",
        "Our monthly arthritis clinic with nurse Hannah includes mobility scoring, advice on ramps, rugs and "
        "exercise, and the monthly Librela or Solensia injection for dogs and cats.",
    ),
)

HTML["/rabbits-and-exotics/"] = page(
    "/rabbits-and-exotics/",
    "Rabbits & Exotics",
    rt(
        "h:Rabbits, guinea pigs and other small pets",
        "Dr Priya Nair has a postgraduate certificate in zoological medicine and sees rabbits, guinea pigs, "
        "chinchillas, rats, hamsters, ferrets, tortoises and bearded dragons. Exotics consultations are on "
        "Tuesday and Thursday afternoons, but any of our vets can see an unwell small pet on the day.",
        "b:When a rabbit stops eating",
        "A rabbit that hasn&rsquo;t eaten or passed droppings for 12 hours is an emergency (gut stasis). "
        "Please phone us straight away &ndash; don&rsquo;t wait for it to settle.",
        "b:Rabbit dental care",
        "Overgrown molars are the commonest problem we treat in rabbits. Signs include drooling, a wet chin, "
        "weight loss and choosing soft food. Regular burring of the teeth under a short anaesthetic costs "
        "from &pound;160.",
        "b:Tortoises",
        "We offer pre-hibernation checks for tortoises in September and October (&pound;42), including a weight "
        "check and faecal test. Tortoises should not be hibernated if they are underweight or unwell.",
        "b:Guinea pigs",
        "Guinea pigs need vitamin C every day, because unlike most animals they can&rsquo;t make their own. "
        "Skin problems caused by mites are very common and easily treated.",
        "Please bring small pets in a secure carrier with some of their usual food and bedding, and keep them "
        "away from the dog waiting area.",
    ),
    _help_sidebar(),
)

HTML["/emergencies/"] = page(
    "/emergencies/",
    "Emergencies",
    rt(
        "h:Emergencies",
        "b:During opening hours",
        "Phone us on 01531 630412 and tell reception it is an emergency. We will always see a genuine emergency "
        "the same day. Please phone before setting off so the team can be ready.",
        "b:Out of hours",
        "When we are closed (weekday evenings after 7pm, from 12.30pm on Saturday, all day Sunday and bank "
        "holidays) our out-of-hours care is provided by Vets Now Worcester, a dedicated emergency clinic at "
        "Unit 4, Blackpole Trading Estate, Worcester WR3 8SG, about 30 minutes&rsquo; drive away. Call our "
        "normal number and the message will put you straight through, or call Vets Now on 01905 755 290.",
        "Vets Now set their own fees, which are higher than ours as they have a vet and nurse on duty all "
        "night. An out-of-hours consultation costs around &pound;250 before any treatment, and payment is "
        "required on the night. Your pet&rsquo;s records are sent back to us the next morning.",
        "h:What counts as an emergency?",
        "Difficulty breathing<br>Collapse or fitting<br>Heavy bleeding<br>A swollen, tight tummy in a dog, "
        "especially after eating<br>A male cat straining to wee with nothing coming out<br>Eating something "
        "poisonous, such as chocolate, grapes, raisins, lilies or rat bait<br>Road traffic accidents",
        "If your pet has eaten something it shouldn&rsquo;t, bring the packet with you. Do not try to make "
        "your pet sick at home.",
    ),
)

HTML["/saying-goodbye/"] = page(
    "/saying-goodbye/",
    "Saying Goodbye",
    rt(
        "h:Saying goodbye",
        "Deciding when to let a much-loved pet go is one of the hardest decisions you will make. Our vets will "
        "talk it through honestly and never rush you. A quality of life conversation with a vet is always "
        "free of charge.",
        "b:At the practice",
        "We book euthanasia appointments at quiet times, at the end of morning or evening surgery, in our "
        "family room, which has its own entrance from the garden so you don&rsquo;t have to walk through the "
        "waiting room. You can stay with your pet throughout. We usually place a small cannula first and "
        "give a sedative so your pet is relaxed.",
        "b:At home",
        "Home visits for euthanasia can be arranged within a 10-mile radius of Ledbury, subject to a vet being "
        "available. A home visit costs &pound;195 plus the euthanasia fee.",
        "b:Cremation",
        "We work with Cedar Lawn Pet Crematorium near Malvern. Communal cremation means your pet is cremated "
        "with other pets and the ashes are not returned. Individual cremation means your pet&rsquo;s ashes "
        "are returned to you, usually within 10 days, in a wooden casket or scatter tube of your choice. You "
        "are also welcome to take your pet home for burial.",
    )
    + table(
        [
            ["", "Cat / small pet", "Dog under 25kg", "Dog 25kg and over"],
            ["Euthanasia", "&pound;145", "&pound;175", "&pound;195"],
            ["Communal cremation", "&pound;45", "&pound;70", "&pound;95"],
            ["Individual cremation", "&pound;165", "&pound;215", "&pound;265"],
        ]
    )
    + rt(
        "We can take payment at a later date so that you don&rsquo;t have to deal with it on the day. The "
        "Blue Cross Pet Bereavement Support Service is free on 0800 096 6606."
    ),
)

HTML["/fees-and-insurance/"] = page(
    "/fees-and-insurance/",
    "Fees & Insurance",
    rt(
        "h:Our fees",
        "Standard consultation (15 minutes) &pound;52.00<br>Double consultation &pound;89.00<br>Repeat "
        "consultation for the same problem within 7 days &pound;32.00<br>Nurse appointment &pound;24.00",
        "All prices include VAT. A full price list is available from reception, and we are always happy to "
        "give a written estimate before any treatment.",
        "h:Paying",
        "Payment is due at the time of treatment. We accept cash, all major debit and credit cards, Apple Pay "
        "and Google Pay. We don&rsquo;t take cheques.",
        "h:Payment plans",
        "For larger bills over &pound;300 you may be able to spread the cost over 3, 6 or 12 months through "
        "our finance partner, Cuvva Pet Finance, subject to a credit check. Plans over 3 months are "
        "interest-free. Please ask at reception before the treatment takes place.",
        "h:Pet insurance claims",
        "We can claim directly from most insurers, including Petplan, Animal Friends, Bought By Many (ManyPets) "
        "and Agria, so you only pay your excess at the time. For direct claims we ask you to complete the "
        "claim form online beforehand and we charge a &pound;20 administration fee per claim (free for Health "
        "Plan members). If your insurer doesn&rsquo;t allow direct claims, pay us in full and we will fill in "
        "the vet&rsquo;s section of the form within 5 working days.",
        "We recommend every pet is insured from a young age: operations and long-term illness can cost "
        "thousands of pounds.",
    ),
    _help_sidebar(),
)

HTML["/register/"] = page(
    "/register/",
    "Register",
    rt(
        "h:Register your pet",
        "Registering with Orchard House is free and there is no joining fee. Fill in the online form below (it "
        "takes about two minutes), and you can book your first appointment straight away.",
        "b:You will need",
        "Your name, address, phone number and email<br>Your pet&rsquo;s name, species, breed and date of "
        "birth<br>Your previous vet&rsquo;s name, if you have one",
        "b:Moving from another practice?",
        "Once you have registered we will ask your previous vet for your pet&rsquo;s clinical history. You "
        "don&rsquo;t need to contact them yourself. If your pet is on regular medication, please book a check "
        "with one of our vets before the old prescription runs out, as we can only prescribe for pets we "
        "have examined.",
        "b:New puppy or kitten?",
        "Bring your new pet in for a free first health check with a nurse within the first week. We will "
        "check them over, talk about vaccinations, feeding and worming, and scan for a microchip.",
        "b:Rescue pets",
        "Adopted from a rescue centre? Bring along the paperwork they gave you, including the vaccination card, "
        "so we can continue the right course.",
    )
    + '<form class="wixui-form" data-testid="form" action="#"><input name="owner" placeholder="Your name">'
    "<input name="
    '"pet" placeholder="Pet name"><button type="submit" class="wixui-button">Submit</button></form>',
)

_TEAM = [
    (
        "Dr James Whitcombe BVSc MRCVS",
        "Clinical Director",
        "James bought Orchard House in 2009 and has a particular "
        "interest in soft-tissue surgery. He is usually found in theatre on Tuesdays and Fridays.",
    ),
    (
        "Dr Priya Nair BVetMed CertZooMed MRCVS",
        "Vet &ndash; Rabbits &amp; Exotics",
        "Priya sees our rabbits, "
        "guinea pigs, reptiles and other small pets. She shares her home with three house rabbits.",
    ),
    (
        "Dr Eleanor Moss BVM&amp;S PgCert(SAM) MRCVS",
        "Vet",
        "Eleanor has a certificate in small animal medicine "
        "and heads our heart and ultrasound service. She works Monday to Thursday.",
    ),
    (
        "Dr Tomasz Kowalczyk MVDr MRCVS",
        "Vet",
        "Tom joined us from Poland in 2019 and has a special interest in dermatology, itchy dogs and ear problems.",
    ),
    (
        "Hannah Price RVN",
        "Head Nurse",
        "Hannah runs our nurse clinics and the arthritis clinic, and is our Cat Friendly Clinic advocate.",
    ),
    (
        "Lucy Bennett RVN",
        "Registered Veterinary Nurse",
        "Lucy runs the weight clinics and is the nurse to ask about puppy and kitten care.",
    ),
    (
        "Jo Harding",
        "Practice Manager",
        "Jo looks after accounts, insurance claims and our Pet Health Plan. "
        "If you have any questions about a bill, Jo is the person to speak to.",
    ),
]


def _team_repeater():
    items = "\n".join(
        f'<div role="listitem" class="comp-team-item wixui-repeater__item"><div class="comp-team-img wixui-image">'
        f'<img src="/media/team-{i}.jpg" alt=""></div>' + rt("b:" + n, r, bio) + "</div>"
        for i, (n, r, bio) in enumerate(_TEAM)
    )
    return f'<div data-testid="repeater" class="comp-team wixui-repeater">\n{items}\n</div>'


HTML["/our-team/"] = page(
    "/our-team/",
    "Our Team",
    rt(
        "h:Meet the team",
        "Our team of four vets, six nurses and a friendly reception team has over 80 years of experience "
        "between them. Many of us have been at Orchard House for more than a decade, so you&rsquo;ll see "
        "familiar faces every time you visit.",
    )
    + _team_repeater(),
)

HTML["/find-us/"] = page(
    "/find-us/",
    "Find Us",
    rt(
        "h:Opening hours",
        "Monday 8.00am &ndash; 7.00pm<br>Tuesday 8.00am &ndash; 7.00pm<br>Wednesday 8.00am &ndash; 7.00pm<br>"
        "Thursday 8.00am &ndash; 7.00pm<br>Friday 8.00am &ndash; 7.00pm<br>Saturday 9.00am &ndash; 12.30pm<br>"
        "Sunday and bank holidays closed",
        "Reception closes for lunch between 1pm and 2pm on weekdays, but the phone is still answered.",
        "h:Finding us",
        "We are at 14 Bye Street, Ledbury HR8 2AA, opposite the Bye Street entrance to the Tesco car park, "
        "a five-minute walk from the Market House. Ledbury railway station is a 15-minute walk, and the 476 "
        "bus from Hereford stops on The Homend, 3 minutes away.",
        "h:Parking",
        "We have 6 free client parking spaces behind the practice, reached through the archway next to the "
        "building. The first space by the door is a wider disabled bay. If our car park is full, the Bye Street "
        "long-stay car park is next door (pay and display, free for the first hour on Sundays only). Please "
        "don&rsquo;t park on the double yellow lines outside, even briefly &ndash; wardens are very active.",
        "h:Accessibility",
        "The practice is on one level with step-free access from the car park, and we have an accessible toilet.",
        "h:Contact",
        '<a href="tel:01531630412">01531 630412</a><br><a href="mailto:hello@orchardhousevets.co.uk">'
        "hello@orchardhousevets.co.uk</a>",
    )
    + '<div class="comp-map wixui-google-map" data-testid="googleMap"><iframe title="Google Maps" '
    'src="https://maps.google.com/maps?q=HR8+2AA&amp;output=embed"></iframe></div>',
)

HTML["/faq/"] = page(
    "/faq/",
    "FAQ",
    rt(
        "h:Frequently asked questions",
        "b:Do I need to bring my dog on a lead or my cat in a carrier?",
        "Yes please. All dogs must be on a short lead and all cats, rabbits and small pets in a secure carrier. "
        "Cat carriers can be placed on the raised shelves in the cat waiting area, away from dogs.",
        "b:My dog gets very anxious at the vet. What can you do?",
        "Tell us when you book. We can give you the first or last appointment of the day, let you wait in the "
        "car until we are ready, and the vet may prescribe a calming medicine to give at home before the "
        "visit. Happy visits, where your dog just comes in for treats and a fuss, are free.",
        "b:Can I get a prescription without my pet being seen?",
        "No. By law, vets can only prescribe prescription-only medicines for animals under their care that "
        "they have examined recently.",
        "b:Can someone else bring my pet to an appointment?",
        "Yes, but if they will need to agree to treatment or an estimate, please email us beforehand to give "
        "permission for them to act on your behalf.",
        "b:How do I get my pet&rsquo;s test results?",
        "The vet will phone you with results, usually on the afternoon they arrive. Please make sure we have "
        "your current mobile number.",
        "b:Do you sell pet food?",
        "We stock a range of prescription and life-stage diets at reception and can order others within two "
        "working days.",
        "b:How do you use my information?",
        "We hold your details under UK GDPR only to care for your pet, send reminders and manage your account. "
        "You can opt out of vaccination reminders at any time. We use cookies for site statistics only.",
    ),
    _help_sidebar(),
)

QUESTIONS = [
    ("How much is a normal appointment with the vet?", "/fees-and-insurance/"),
    ("our new puppy comes home next week when can he start going on walks", "/vaccinations/"),
    ("What does it cost to get my cat's yearly jab done?", "/vaccinations/"),
    (
        "Hi, we're putting our spaniel in kennels over Easter and they said she needs something up her nose "
        "first - how far ahead do I need to do it?",
        "/vaccinations/",
    ),
    ("Do I need to stop my rabbit eating before she gets spayed?", "/neutering/"),
    ("how much to get a big labrador bitch done, she's about 30 kilos", "/neutering/"),
    (
        "My old cat's breath absolutely stinks and she's started dropping her biscuits. Is it her teeth and "
        "can someone just have a look without charging me a fortune?",
        "/dentistry/",
    ),
    (
        "Can my dog have his cruciate done there or do we have to go to a specialist miles away?",
        "/surgery-and-diagnostics/",
    ),
    ("If you take bloods how long before we know", "/surgery-and-diagnostics/"),
    ("Is there a monthly scheme that covers flea and worm stuff?", "/pet-health-plan/"),
    ("What does the health plan cost for a greyhound? He's about 32kg", "/pet-health-plan/"),
    ("does the health plan pay out if my cat gets ill", "/pet-health-plan/"),
    ("My dog's claws are clicking on the kitchen floor, can you trim them and what's the charge?", "/nurse-clinics/"),
    ("We've just moved house, how do I change the address on my cat's chip?", "/nurse-clinics/"),
    (
        "My 12 year old collie is drinking loads and seems a bit stiff in the mornings, my daughter says I "
        "should get him an MOT. Do you do anything like that?",
        "/senior-pets/",
    ),
    ("I want to buy my dog's arthritis tablets cheaper online, can you give me a script and how much", "/senior-pets/"),
    ("my tortoise is due to go to sleep for the winter, should I get him checked first?", "/rabbits-and-exotics/"),
    ("Bunny hasn't touched her food since last night and no poos. Should I be worried?", "/rabbits-and-exotics/"),
    (
        "It's Sunday afternoon and my dog's just eaten a whole bar of dark chocolate off the table, where do "
        "I take him??",
        "/emergencies/",
    ),
    ("Can the vet come to the house to put our old dog to sleep? We'd rather she was at home", "/saying-goodbye/"),
    ("If we have our cat cremated do we get his ashes back", "/saying-goodbye/"),
    ("The op is going to be nearly £900, can I pay it off monthly?", "/fees-and-insurance/"),
    ("We've moved to Ledbury from Bristol, do I need to get my dog's notes from my old vets myself?", "/register/"),
    ("Which of your vets knows about skin problems? My westie is scratching himself raw", "/our-team/"),
    ("where do i park", "/find-us/"),
]

OUT_OF_SCOPE = [
    "Do you do dog grooming or a bath and clip?",
    "Can you sort out an animal health certificate so we can take the dog to France in the summer?",
    "Do you run puppy training or socialisation classes?",
    "Can my greyhound become a blood donor with you?",
    "Is hydrotherapy available for my dog after his operation?",
    "Do you offer acupuncture for arthritic dogs?",
    "What time does Ledbury market start on a Saturday?",
    "Can you recommend a good dog-friendly pub in town for lunch?",
]
