"""An evaluation site: Kingsmead Family Dental, a small private family dental practice (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, the bundled demo dental site, nor the other sites' questions or results.
Questions describe a patient's situation the way they would phone or message about it, not the way the
pages name the treatment; each fact sits on one page.
Measured once, unchanged since: 23/25 right page in the top 3, 22 cited, 4 of 8 out-of-scope declined.
"""

NAME = "Kingsmead Family Dental"
PHONE = "0114 496 0281"
ADDRESS = "42 Abbeydale Road South, Millhouses, Sheffield S7 2QF"

NAV = [
    ("Home", "/"),
    ("Check-ups & hygiene", "/checkups-hygiene/"),
    ("Fillings", "/fillings/"),
    ("Root canal", "/root-canal/"),
    ("Extractions & wisdom teeth", "/extractions/"),
    ("Emergencies", "/emergency/"),
    ("Children", "/children/"),
    ("Straightening", "/orthodontics/"),
    ("Whitening", "/whitening/"),
    ("Implants", "/implants/"),
    ("Nervous patients", "/nervous-patients/"),
    ("New patients", "/new-patients/"),
    ("Fees", "/fees/"),
    ("Plans & insurance", "/payment-plans/"),
    ("Our team", "/team/"),
    ("Visit us", "/visit-us/"),
    ("Appointments policy", "/cancellations/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Family dentist in Millhouses, Sheffield",
        """
<h1>Kingsmead Family Dental</h1>
<p>An independent, family-run practice on Abbeydale Road South, caring for patients of every age in south-west
Sheffield since 1998. We are a small team of three dentists, two hygienists and our nurses and reception staff, so
you will see familiar faces every time you come in.</p>
<h2>Everything under one roof</h2>
<ul><li>Routine examinations and hygiene visits</li><li>Tooth-coloured fillings, root canal treatment and
crowns</li><li>Extractions, including wisdom teeth</li><li>Children's dentistry</li><li>Clear aligners and
fixed braces</li><li>Whitening and dental implants</li></ul>
<p>We are a private practice and welcome new patients. Use the menu above to read about each treatment, or ring
reception and we will be happy to help.</p>
""",
    ),
    "/checkups-hygiene/": (
        "Examinations and hygienist appointments",
        """
<h1>Check-ups and hygiene</h1>
<p>A regular examination lets us catch problems while they are small and cheap to put right. At each check-up your
dentist looks at every tooth, your gums, your tongue and the soft tissues of your mouth, and screens for signs of
mouth cancer.</p>
<h2>How often?</h2>
<p>Most adults with healthy teeth and gums are best seen every six to twelve months. If you have had gum problems,
a lot of decay or wear a brace, your dentist may suggest coming every three or four months instead. We take
bitewing X-rays about every two years to spot decay between the teeth that cannot be seen by eye.</p>
<h2>Visits to the hygienist</h2>
<p>Our hygienists remove the hard tartar that builds up below the gum line and polish away staining from tea,
coffee, red wine and smoking. They will also show you how to clean between your teeth with interdental brushes
and floss.</p>
<h2>Gum disease</h2>
<p>Gums that bleed when you brush, look red and puffy, or have pulled back from the teeth are the early signs of
gum disease (gingivitis). Left alone it can progress to periodontitis, where the bone holding the teeth is lost and
teeth become loose. Caught early it is completely reversible with a course of hygiene appointments and good home
care.</p>
""",
    ),
    "/fillings/": (
        "Tooth-coloured fillings",
        """
<h1>Fillings</h1>
<p>When decay makes a cavity in a tooth, we remove the soft decayed part and rebuild the tooth. Most patients
first notice a cavity as sensitivity to sweet or cold drinks, a dark spot, or food catching in a gap.</p>
<h2>White fillings as standard</h2>
<p>We place tooth-coloured composite fillings, which are bonded to the tooth and matched to its shade, so nobody
will know they are there. We no longer place silver amalgam fillings. Old amalgam fillings that are sound do not
need replacing; we only replace them when they have cracked, leak or there is decay underneath.</p>
<h2>Larger repairs</h2>
<p>Where too much of the tooth is missing for a filling to last, your dentist will suggest an inlay, onlay or a
crown, made in a dental laboratory and fitted at a second visit about two weeks later.</p>
<h2>Will it hurt?</h2>
<p>We numb the tooth with a local anaesthetic first. Your lip and cheek may feel numb for two to three hours
afterwards, so take care not to bite them or have a hot drink until the feeling returns.</p>
""",
    ),
    "/root-canal/": (
        "Root canal treatment",
        """
<h1>Root canal treatment</h1>
<p>Inside every tooth is a soft pulp of nerves and blood vessels. If deep decay, a crack or a knock lets bacteria
reach the pulp, it becomes inflamed or infected and may die. Signs include a lingering ache after something hot,
pain when biting, a tooth that has turned grey, or a gum boil next to the tooth.</p>
<h2>What the treatment involves</h2>
<ol><li>The tooth is numbed and isolated with a thin rubber sheet to keep it clean and dry.</li>
<li>The infected pulp is removed and the canals are cleaned, shaped and disinfected.</li>
<li>The canals are sealed with a rubber-like filling material called gutta-percha.</li></ol>
<p>Most root canal treatments are completed in two appointments of about an hour and a quarter each, a week or two
apart. A back tooth will usually need a crown afterwards to protect it from breaking.</p>
<h2>Success rates</h2>
<p>Around nine out of ten root-filled teeth last for many years. The alternative to root canal treatment is taking
the tooth out.</p>
""",
    ),
    "/extractions/": (
        "Extractions and wisdom teeth",
        """
<h1>Tooth extractions</h1>
<p>We always try to save a tooth, but sometimes taking it out is the best option: when it is broken below the gum,
badly loose, or too decayed to restore. Extractions are carried out under local anaesthetic and most take only a
few minutes.</p>
<h2>Wisdom teeth</h2>
<p>Wisdom teeth often come through in the late teens or twenties and may not have enough room. A partly erupted
wisdom tooth can trap food under the gum flap and become repeatedly infected (pericoronitis), causing a sore jaw,
swelling and a bad taste. We remove most wisdom teeth here at the practice. Where an X-ray shows the roots lie very
close to the nerve in the jaw, we refer you to the oral surgery department at Charles Clifford Dental Hospital.</p>
<h2>After an extraction</h2>
<ul><li>Bite firmly on the gauze we give you for 20 minutes.</li><li>Do not rinse, smoke or drink alcohol for 24
hours, as this can dislodge the blood clot and lead to a painful dry socket.</li><li>From the next day, rinse gently
with warm salty water after meals.</li><li>Eat soft food on the other side for a few days.</li></ul>
<p>If the bleeding will not stop after an hour of pressure, ring us.</p>
""",
    ),
    "/emergency/": (
        "Emergency dental care",
        """
<h1>Dental emergencies</h1>
<p>We keep appointments free every weekday morning for patients in pain. Ring reception from 8.15am and we will do
our best to see you the same day. We see emergencies for non-registered patients too.</p>
<h2>What counts as an emergency</h2>
<ul><li>Severe toothache that painkillers are not controlling</li><li>A chipped, cracked or broken tooth, or a
crown or filling that has fallen out</li><li>Swelling of the face or gum</li><li>A tooth knocked out or pushed out
of place in an accident</li></ul>
<h2>Knocked-out adult tooth</h2>
<p>Pick it up by the crown, not the root, rinse it briefly in milk and push it back into the socket if you can, or
keep it in milk, and come straight to us. A tooth put back within an hour has the best chance of surviving.</p>
<h2>Evenings and weekends</h2>
<p>When we are closed, registered patients can call our out-of-hours line on 0114 496 0299 to speak to the
dentist on call. If your swelling is spreading to your eye or neck, or you are having trouble swallowing or
breathing, go to A&amp;E straight away.</p>
""",
    ),
    "/children/": (
        "Children's dentistry",
        """
<h1>Children's dentistry</h1>
<p>We love seeing children and aim to make every visit fun, so they grow up without a fear of the dentist.</p>
<h2>The first visit</h2>
<p>Bring your child along as soon as the first baby teeth appear, and certainly by their first birthday. Early
visits are short: a ride in the chair, a count of the teeth and lots of praise. Babies and toddlers are welcome to
sit on a parent's lap.</p>
<h2>Keeping young teeth healthy</h2>
<ul><li><strong>Fluoride varnish</strong>: painted on twice a year from the age of three to strengthen the
enamel.</li><li><strong>Fissure sealants</strong>: a thin protective coating over the grooves of the back adult
teeth, usually at around six and twelve years old.</li><li>Advice on brushing, sugary snacks and drinks, and
dummies and thumb-sucking.</li></ul>
<h2>Children's care is free with a family plan</h2>
<p>Children under 18 whose parent or guardian is a member of our practice plan have their check-ups and routine
treatment at no charge.</p>
""",
    ),
    "/orthodontics/": (
        "Teeth straightening: Invisalign and fixed braces",
        """
<h1>Straightening teeth</h1>
<p>It is never too late to have straighter teeth. We treat teenagers and adults with crowded, gappy or
crooked teeth, and bites that do not meet properly.</p>
<h2>Invisalign clear aligners</h2>
<p>A series of almost invisible, removable plastic trays, each worn for one to two weeks, that move the teeth a
little at a time. You take them out to eat and brush. Treatment typically takes six to eighteen months. We start
with a 3D scan of your teeth, so there are no gooey impressions, and you see a simulation of the result before you
commit.</p>
<h2>Fixed braces</h2>
<p>For more complex cases we offer fixed braces with tooth-coloured ceramic or metal brackets, adjusted every six
to eight weeks.</p>
<h2>After treatment</h2>
<p>Teeth try to drift back, so everyone wears a retainer afterwards: a thin wire bonded behind the front teeth, a
clear retainer worn at night, or both.</p>
""",
    ),
    "/whitening/": (
        "Teeth whitening",
        """
<h1>Teeth whitening</h1>
<p>Professional whitening safely lightens teeth that have darkened with age or been stained by tea, coffee or
smoking. By law it can only be carried out by a dentist, or on a dentist's prescription.</p>
<h2>How it works</h2>
<p>We take a scan of your teeth and make thin, custom-fitted trays. You wear them at home with a whitening gel,
either for an hour or two in the evening or overnight, for two to three weeks. Most people see a difference within
the first week.</p>
<h2>Things to know</h2>
<ul><li>Whitening does not change the colour of crowns, veneers or fillings, which may need replacing afterwards
to match.</li><li>Some people feel temporary sensitivity during treatment; it settles when you stop.</li><li>Results
last for years with an occasional top-up using your trays.</li></ul>
<p>We do not offer whitening to anyone under 18 or during pregnancy.</p>
""",
    ),
    "/implants/": (
        "Dental implants",
        """
<h1>Dental implants</h1>
<p>An implant is a small titanium post placed in the jawbone where a tooth is missing. Once the bone has bonded to
it, a crown is fixed on top, giving a replacement that looks, feels and works like a natural tooth and does not come
out. Implants can also hold a bridge, or make a loose denture firm.</p>
<h2>The process</h2>
<ol><li>Consultation with a 3D CBCT scan to check the bone.</li><li>Placing the implant under local anaesthetic,
which takes about an hour.</li><li>Three to four months of healing while the bone bonds to the implant.</li>
<li>Fitting the final crown.</li></ol>
<p>Where the bone has shrunk, a bone graft may be needed first, which adds a few months.</p>
<h2>Looking after an implant</h2>
<p>Implants cannot decay, but the gum around them can become infected if they are not kept clean, so regular
hygiene visits matter even more.</p>
""",
    ),
    "/nervous-patients/": (
        "Nervous and anxious patients",
        """
<h1>Nervous patients</h1>
<p>Many of our patients were once too frightened to visit a dentist, some for decades. You will never be told off
for how long it has been.</p>
<h2>How we help</h2>
<ul><li>A first appointment that is only a chat, in a room away from the surgery, with no treatment.</li>
<li>An agreed stop signal, so you are in control.</li><li>Longer appointments so nothing is rushed.</li>
<li>Headphones and a ceiling screen to watch something while we work.</li></ul>
<h2>Sedation</h2>
<p>For treatment that you could not otherwise face, we offer intravenous sedation: medicine given through a small
needle in the back of the hand that leaves you deeply relaxed and with little memory of the appointment. You are not
put to sleep. You will need a responsible adult to take you home and stay with you for the rest of the day, and you
must not drive until the next day. We do not provide general anaesthetic at the practice.</p>
""",
    ),
    "/new-patients/": (
        "Joining the practice",
        """
<h1>New patients</h1>
<p>We are currently welcoming new adult and child patients. Ring reception or use the online booking link to book a
new patient examination.</p>
<h2>Your first appointment</h2>
<p>Your first visit lasts around 45 minutes. We take a full history, any X-rays you need, check your teeth and gums
and talk you through a written plan with costs for any treatment.</p>
<h2>Please bring</h2>
<ul><li>A list of any medicines you take, including inhalers and blood thinners</li><li>Details of your previous
dentist, if you have one, so we can request your records</li><li>Reading glasses if you need them for the
forms</li></ul>
<p>We will email you a medical history form to fill in online before you come. Please arrive five minutes early.</p>
""",
    ),
    "/fees/": (
        "Our fees",
        """
<h1>Fees</h1>
<p>You will always receive a written estimate before any treatment begins. Prices below are for patients not on
our practice plan.</p>
<table>
<tr><th>Treatment</th><th>Price</th></tr>
<tr><td>New patient examination (including X-rays)</td><td>£75</td></tr>
<tr><td>Routine examination</td><td>£52</td></tr>
<tr><td>Hygienist appointment (30 minutes)</td><td>£68</td></tr>
<tr><td>Emergency appointment</td><td>£85</td></tr>
<tr><td>White filling</td><td>from £130</td></tr>
<tr><td>Root canal treatment (front tooth / back tooth)</td><td>£395 / £650</td></tr>
<tr><td>Simple extraction</td><td>£145</td></tr>
<tr><td>Wisdom tooth removal</td><td>from £280</td></tr>
<tr><td>Porcelain crown</td><td>£620</td></tr>
<tr><td>Home whitening</td><td>£345</td></tr>
<tr><td>Invisalign</td><td>from £2,900</td></tr>
<tr><td>Single implant with crown</td><td>£2,650</td></tr>
<tr><td>Intravenous sedation (per visit)</td><td>£295</td></tr>
</table>
<h2>When and how to pay</h2>
<p>We ask for payment at the end of each appointment. For courses of treatment costing more than £500 we take a 25%
deposit when you book. We accept Visa, Mastercard, American Express, Apple Pay, Google Pay and cash. We do not
accept cheques.</p>
""",
    ),
    "/payment-plans/": (
        "Practice plan, finance and insurance",
        """
<h1>Spreading the cost</h1>
<h2>The Kingsmead practice plan</h2>
<p>For £17.50 a month by direct debit, the plan covers two examinations and two hygiene visits a year, any
X-rays you need, and 10% off all other treatment. Your dependent children are covered free. There is no joining fee
and you can leave with one month's notice.</p>
<h2>Interest-free finance</h2>
<p>Treatment over £1,000, such as implants, braces or Invisalign, can be paid over 12 months at 0% interest or up to
36 months at 9.9% APR, through our finance partner Medenta, subject to status. You can apply on a tablet in the
practice and get a decision in minutes.</p>
<h2>Dental insurance</h2>
<p>If you have dental insurance, for example through your employer with Bupa, Simplyhealth, Denplan or AXA, you pay
us on the day and we give you a fully itemised receipt and complete the claim form so you can reclaim the cost from
your insurer. We are not able to bill insurers directly.</p>
""",
    ),
    "/team/": (
        "Meet the team",
        """
<h1>Our team</h1>
<h2>Dr Helen Whitfield BDS MFDS RCS(Ed), principal dentist</h2>
<p>Helen qualified from the University of Sheffield in 1995 and bought the practice in 2004. She holds a diploma
in implant dentistry and places all of our implants. GDC number 61842.</p>
<h2>Dr Tomasz Nowak BDS (Cardiff), associate dentist</h2>
<p>Tomasz joined us in 2014. He is an accredited Invisalign provider and carries out our braces and aligner
treatment, and he has trained in intravenous sedation, so he sees many of our more anxious patients. GDC number
203917.</p>
<h2>Dr Priya Nair BDS (Birmingham), associate dentist</h2>
<p>Priya has a special interest in children's dentistry and looks after most of our younger patients. She speaks
Malayalam and Hindi. GDC number 258104.</p>
<h2>Hygienists</h2>
<p>Rachel Byrne and Sam Okafor, both registered dental hygienists.</p>
<h2>Reception</h2>
<p>Our practice manager, Julie Marsh, and receptionist Connor Hale will answer your calls.</p>
""",
    ),
    "/visit-us/": (
        "Finding us and opening hours",
        """
<h1>Visit us</h1>
<p>Kingsmead Family Dental, 42 Abbeydale Road South, Millhouses, Sheffield S7 2QF, opposite Millhouses Park.</p>
<h2>Opening hours</h2>
<table>
<tr><td>Monday, Wednesday, Friday</td><td>8.30am to 5.30pm</td></tr>
<tr><td>Tuesday and Thursday</td><td>8.30am to 7.30pm</td></tr>
<tr><td>Saturday</td><td>9am to 1pm (first and third Saturday of the month)</td></tr>
<tr><td>Sunday and bank holidays</td><td>Closed</td></tr>
</table>
<h2>Parking</h2>
<p>We have four patient spaces behind the building, reached from Springfield Close, including one wide bay near
the entrance. There is also free two-hour street parking on Abbeydale Road South and a pay and display car park at
Millhouses Park.</p>
<h2>Buses and trains</h2>
<p>The 97 and 98 buses stop right outside. Dore &amp; Totley station is a ten-minute walk.</p>
<h2>Access</h2>
<p>There is a level entrance at the back and two surgeries on the ground floor, with an accessible toilet, so
wheelchair users and people who find stairs difficult can be seen downstairs. Please mention it when you book.
A hearing loop is fitted at reception.</p>
""",
    ),
    "/cancellations/": (
        "Appointments and cancellation policy",
        """
<h1>Our appointments policy</h1>
<h2>Changing or cancelling</h2>
<p>If you cannot make your appointment, please let us know at least 24 hours beforehand by phone or email so we
can offer the time to someone in pain. There is no charge when you give us that notice.</p>
<h2>Missed and late-cancelled appointments</h2>
<p>Appointments cancelled with less than 24 hours' notice, or missed without telling us, are charged at £30 for
every 15 minutes booked, up to £120. After two missed appointments in a year we may ask for a deposit before
booking again.</p>
<h2>Running late</h2>
<p>If you arrive more than 10 minutes late we may not be able to see you and will offer another appointment.</p>
<h2>Reminders</h2>
<p>We send a text message and an email reminder two days before each appointment. Reply C to the text to
cancel.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>FAQ</h1>
<h3>Do you offer NHS treatment?</h3>
<p>No. We have been a fully private practice since 2009. If you need an NHS dentist, NHS 111 can tell you which
local practices are taking NHS patients.</p>
<h3>Are dental X-rays safe?</h3>
<p>We use digital X-rays, which need a very low dose of radiation, about the same as a few hours of natural
background radiation. We postpone routine X-rays during pregnancy unless they are needed for treatment.</p>
<h3>Do you make sports mouthguards?</h3>
<p>Yes. A custom-fitted mouthguard made from a scan of your teeth protects far better than a boil-and-bite one
from a sports shop, for rugby, hockey, boxing and martial arts. It takes about a week to make.</p>
<h3>I grind my teeth at night. Can you help?</h3>
<p>We can make a hard acrylic night guard that protects your teeth from wear while you sleep.</p>
<h3>Can I see the hygienist without a check-up?</h3>
<p>Yes. Hygienists can see you directly, without a referral from one of our dentists.</p>
<h3>What do I do with my old toothbrush?</h3>
<p>Our reception has a recycling box for used toothbrushes, toothpaste tubes and floss containers.</p>
""",
    ),
}

QUESTIONS = [
    ("I was eating a toffee and a chunk of my back tooth came away, it's really sharp now", "/emergency/"),
    ("my face has swelled right up on one side and you're shut, who do I ring on a Sunday", "/emergency/"),
    ("how often am I supposed to come in for a check", "/checkups-hygiene/"),
    ("my gums are red and bleed every time I brush my teeth", "/checkups-hygiene/"),
    ("I think I've got a hole in a tooth, will it be one of those grey metal ones", "/fillings/"),
    ("the tooth has gone dark and the dentist says the nerve is dead, how many trips is the treatment", "/root-canal/"),
    ("the tooth right at the very back keeps flaring up and my jaw aches, can you take it out there", "/extractions/"),
    ("I've just had a tooth out, when am I allowed a cigarette", "/extractions/"),
    ("when should I bring my little one in for the first time, she's got two teeth now", "/children/"),
    ("do you do the see-through trays instead of metal train tracks", "/orthodontics/"),
    ("I'm getting married in June and want a brighter smile, how long does bleaching take", "/whitening/"),
    ("I've had a gap at the front for years and want a fixed tooth, not a plate", "/implants/"),
    ("I'm petrified and haven't been for 12 years, can you put me under", "/nervous-patients/"),
    ("I've just moved to Sheffield, can I sign up with you", "/new-patients/"),
    ("what do I have to bring along to my first visit", "/new-patients/"),
    ("how much do you charge for a normal check-up", "/fees/"),
    ("can I pay with my phone or do I need cash", "/fees/"),
    ("is there a monthly direct debit thing that covers my check-ups", "/payment-plans/"),
    ("my job gives me Bupa cover, can I claim it back", "/payment-plans/"),
    ("which dentist does the implants and what qualifications does she have", "/team/"),
    ("where can I leave the car when I come to see you", "/visit-us/"),
    ("my dad's in a wheelchair, can he get in ok", "/visit-us/"),
    ("my son's got football tomorrow and can't make his appointment, will it cost me anything", "/cancellations/"),
    ("I just want someone who takes NHS patients", "/faq/"),
    ("my lad plays rugby, can you make him a gum shield", "/faq/"),
]

# Questions a patient might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "do you do botox or lip fillers as well",
    "can you fit something to stop my husband snoring",
    "do you sell electric toothbrushes at the desk",
    "can I get a little diamond tooth gem stuck on",
    "will a dentist come out to my mum's care home to see her",
    "my jaw clicks and locks when I yawn, do you treat that",
    "are you looking for a dental nurse at the moment",
    "can I buy a gift voucher for someone",
]
