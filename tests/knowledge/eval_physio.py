"""An evaluation site: Fieldgate Physiotherapy, a small physiotherapy and sports-injury clinic (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Questions describe a patient's
situation the way they would phone or message about it ("I did my knee playing football"), not the way the
pages name the service; each fact sits on one page.
Measured once, unchanged since: 22/25 right page in the top 3, 18 cited, 7 of 8 out-of-scope declined.
"""

NAME = "Fieldgate Physiotherapy"
PHONE = "01246 555 318"
ADDRESS = "14 Saltergate, Chesterfield S40 1UT"

NAV = [
    ("Home", "/"),
    ("Back & neck pain", "/back-and-neck-pain/"),
    ("Sports injuries", "/sports-injuries/"),
    ("After surgery", "/post-surgery-rehab/"),
    ("Pilates", "/pilates/"),
    ("Sports massage", "/sports-massage/"),
    ("Acupuncture", "/acupuncture/"),
    ("Home visits", "/home-visits/"),
    ("Your first visit", "/first-appointment/"),
    ("Fees", "/prices/"),
    ("Insurance & payment", "/insurance/"),
    ("Our physios", "/team/"),
    ("Finding us", "/find-us/"),
    ("Opening times", "/opening-hours/"),
    ("Cancellation policy", "/cancellations/"),
    ("FAQ", "/faq/"),
    ("Book", "/book/"),
]

PAGES = {
    "/": (
        "Physiotherapy and sports injury clinic in Chesterfield",
        """
<h1>Fieldgate Physiotherapy</h1>
<p>An independent, privately run clinic in the centre of Chesterfield, set up in 2011 by Helen Marsh after twelve
years as a physiotherapist in the NHS. We are a private practice only: we do not take NHS referrals or offer NHS
appointments, which is how we can see most people within two working days.</p>
<h2>What we help with</h2>
<ul>
<li>Back, neck and shoulder pain</li>
<li>Sprains, strains and other sports injuries</li>
<li>Getting moving again after an operation</li>
<li>Clinical Pilates, one to one and in small classes</li>
<li>Sports and remedial massage</li>
<li>Acupuncture and dry needling</li>
</ul>
<p>Whether you are a weekend runner, a grandparent after a new hip or someone who has sat at a desk for too long,
we will work out what is going on and give you a plan you can actually stick to.</p>
""",
    ),
    "/back-and-neck-pain/": (
        "Back and neck pain",
        """
<h1>Back and neck pain</h1>
<p>Spinal pain is the most common reason people walk through our door. The good news is that most back and neck
problems settle well with the right mix of hands-on treatment, advice and exercise, and very few need scans or
surgery.</p>
<h2>Problems we see every week</h2>
<ul>
<li><strong>Acute low back pain</strong>: the sudden spasm after bending, gardening or picking something up, when
it hurts to stand straight or get out of a chair.</li>
<li><strong>Sciatica</strong>: pain, pins and needles or numbness running down the buttock and leg.</li>
<li><strong>Desk and posture related neck pain</strong>: stiffness, headaches at the base of the skull and aching
across the shoulders from long hours at a screen or driving.</li>
<li><strong>Whiplash</strong> after a road traffic collision.</li>
</ul>
<h2>How we treat it</h2>
<p>Treatment usually combines joint mobilisation and soft tissue work with a short set of exercises to do at home.
If you work at a desk we will also look at how your workstation is set up. If you have had a sudden attack, try to
keep gently moving rather than resting in bed, and book in early: the sooner it is treated the quicker it tends to
settle.</p>
<p>Please call 999 or go to A&amp;E if back pain comes with loss of bladder or bowel control, or numbness around
the saddle area.</p>
""",
    ),
    "/sports-injuries/": (
        "Sports injury clinic",
        """
<h1>Sports injuries</h1>
<p>From Sunday league footballers to club cyclists and parkrunners, we treat people of every level who want to get
back to their sport safely and as quickly as possible.</p>
<h2>Common injuries</h2>
<ul>
<li>Ankle sprains and rolled ankles</li>
<li>Knee ligament injuries (ACL, MCL) and cartilage tears</li>
<li>Hamstring, calf and groin strains</li>
<li>Tennis and golfer's elbow</li>
<li>Shin splints, Achilles and plantar fascia pain in runners</li>
<li>Shoulder dislocations and rotator cuff problems</li>
</ul>
<h2>Just been injured?</h2>
<p>For the first two or three days, protect the injured area, use ice for 15 minutes at a time and keep it raised,
then start gentle movement as pain allows. A joint that swells up straight away, or one you cannot put weight on,
should be assessed promptly: we keep appointments free each day for new injuries, and we will tell you if you need
an X-ray first.</p>
<h2>Back to play</h2>
<p>Rehab finishes with sport-specific drills (cutting, jumping, sprinting) and strength testing, so you know your
body is ready before you go back to training and matches.</p>
""",
    ),
    "/post-surgery-rehab/": (
        "Rehabilitation after surgery",
        """
<h1>Rehab after an operation</h1>
<p>What you do in the weeks after surgery makes a big difference to the final result. We work alongside the
consultants at Chesterfield Royal and the local private hospitals and follow their protocols.</p>
<h2>Operations we regularly rehabilitate</h2>
<ul>
<li>Hip and knee replacements</li>
<li>Anterior cruciate ligament (ACL) reconstruction</li>
<li>Shoulder decompression and rotator cuff repair</li>
<li>Spinal surgery, including discectomy</li>
<li>Ankle fractures and Achilles tendon repairs</li>
</ul>
<h2>When to start</h2>
<p>Most people start with us one to two weeks after leaving hospital, once the wound is healing. Bring your
discharge letter and any exercise sheet the hospital gave you. Programmes normally run for 8 to 12 weeks for a
joint replacement and six to nine months for a ligament reconstruction, with sessions getting further apart as
you become more independent.</p>
""",
    ),
    "/pilates/": (
        "Clinical Pilates classes",
        """
<h1>Clinical Pilates</h1>
<p>Our Pilates is taught by physiotherapists, not fitness instructors, so exercises are adapted to old injuries,
stiff joints and different abilities. It builds deep abdominal and postural strength, balance and flexibility.</p>
<h2>Classes</h2>
<ul>
<li><strong>Beginners</strong>: Monday 6.15pm and Thursday 10am</li>
<li><strong>Intermediate</strong>: Tuesday 7pm and Saturday 9am</li>
<li><strong>Ante and postnatal</strong>: Wednesday 11am, suitable from 14 weeks of pregnancy and from six weeks
after the birth (ten weeks after a caesarean)</li>
</ul>
<p>Classes have no more than six people and take place on mats and reformer machines in our studio on the first
floor. Before joining a class everyone has a one-to-one Pilates assessment with a physio so we can check what is
safe for you.</p>
<p>Classes are booked in six-week blocks. If you miss a class you can make it up in another class in the same
block, space permitting.</p>
""",
    ),
    "/sports-massage/": (
        "Sports and remedial massage",
        """
<h1>Sports massage</h1>
<p>A firm, deep massage aimed at tight, overworked muscles. You do not have to be an athlete: it is just as useful
for people with physical jobs or who carry tension from sitting all day.</p>
<h2>When it helps</h2>
<ul>
<li>Before an event, to loosen up (ideally two to five days before, not the day itself)</li>
<li>After a race or heavy training block, to ease soreness and stiffness</li>
<li>Regular maintenance during training for a marathon, triathlon or sportive</li>
<li>Knotted shoulders and upper back</li>
</ul>
<p>Massage is given by our sports therapist, Jordan, and is available in 30 or 60 minute sessions. Expect to feel
a bit tender for a day afterwards; drink plenty of water and keep the rest of the day light.</p>
""",
    ),
    "/acupuncture/": (
        "Acupuncture and dry needling",
        """
<h1>Acupuncture and dry needling</h1>
<p>Several of our physiotherapists are trained to use fine, single-use sterile needles as part of treatment. It is
always offered alongside exercise and hands-on care, never instead of them, and only with your agreement.</p>
<h2>Acupuncture</h2>
<p>Western medical acupuncture places needles at specific points for 15 to 20 minutes to calm pain, and can be
useful for long-standing back pain, knee arthritis and tension headaches.</p>
<h2>Dry needling</h2>
<p>Dry needling targets tight bands and trigger points within a muscle. You may feel a brief twitch or a dull ache
as the needle goes in; most people describe it as odd rather than painful, and any soreness usually goes within a
day.</p>
<h2>Is it right for me?</h2>
<p>We will not use needles if you are in the first three months of pregnancy, have a needle phobia, a bleeding
disorder or take warfarin, or have a pacemaker (for electro-acupuncture). Let your physio know about any of these.</p>
""",
    ),
    "/home-visits/": (
        "Home physiotherapy visits",
        """
<h1>Home visits</h1>
<p>If getting to the clinic is hard, one of our physios can come to you. We visit people who are housebound, frail
or recovering from a fall or stroke, and anyone just home from hospital who cannot yet drive or manage stairs
outside.</p>
<p>We cover addresses within eight miles of Chesterfield town centre, including Brimington, Staveley, Wingerworth,
Clay Cross and Dronfield. Visits take place on weekdays between 9am and 4pm.</p>
<p>A visit lasts about an hour and often includes a check of the home for fall risks, such as loose rugs and
poorly lit stairs, and advice on aids like grab rails. A family member or carer is welcome to be there.</p>
""",
    ),
    "/first-appointment/": (
        "Your first appointment",
        """
<h1>Your first appointment</h1>
<p>Your first session is an initial assessment lasting 45 minutes. Please arrive five minutes early to fill in a
short health form at reception.</p>
<h2>What we will do</h2>
<ol>
<li>Talk through how the problem started, what makes it better or worse and what you want to get back to.</li>
<li>Examine how you move, your strength and, where needed, check nerves and reflexes.</li>
<li>Explain what we think is going on in plain language.</li>
<li>Start treatment on the same day and give you exercises to take away.</li>
</ol>
<h2>What to bring</h2>
<ul>
<li>A list of any medicines you take</li>
<li>Scan or X-ray reports and letters from your GP or consultant, if you have them</li>
<li>Your insurer's authorisation number, if you are claiming on insurance</li>
</ul>
<p>Most people need between three and six sessions in total; we will give you an honest idea at the end of the
first visit.</p>
""",
    ),
    "/prices/": (
        "Fees",
        """
<h1>Fees</h1>
<p>All prices include VAT where it applies. There are no hidden extras.</p>
<table>
<tr><th>Appointment</th><th>Length</th><th>Price</th></tr>
<tr><td>Initial assessment and treatment</td><td>45 minutes</td><td>£65</td></tr>
<tr><td>Follow-up treatment</td><td>30 minutes</td><td>£50</td></tr>
<tr><td>Home visit</td><td>about 60 minutes</td><td>£95</td></tr>
<tr><td>Sports massage</td><td>30 minutes</td><td>£38</td></tr>
<tr><td>Sports massage</td><td>60 minutes</td><td>£60</td></tr>
<tr><td>One-to-one Pilates assessment</td><td>45 minutes</td><td>£55</td></tr>
<tr><td>Pilates class, six-week block</td><td>55 minutes a week</td><td>£90</td></tr>
</table>
<h2>Treatment packages</h2>
<p>If you expect to need several sessions, a package saves money. A pack of five follow-ups costs £225 (saving £25)
and a pack of five 60-minute massages costs £270. Packages are valid for six months and cannot be shared with
another person.</p>
<p>Students and over-65s get 10% off follow-up treatment on showing ID.</p>
""",
    ),
    "/insurance/": (
        "Insurance and paying for treatment",
        """
<h1>Insurance and payment</h1>
<h2>Health insurance</h2>
<p>We are recognised providers for Bupa, AXA Health, Aviva, Vitality, WPA and Simplyhealth. Before your first
session, contact your insurer to get an authorisation or pre-approval number and tell us how many sessions they
have agreed. We will then bill them directly. Any excess or shortfall on your policy is yours to pay.</p>
<p>Cash plan policies (such as Healthshield or Westfield) work differently: you pay us on the day and claim the money
back from the plan with the receipt we email you.</p>
<h2>Paying yourself</h2>
<p>Self-paying patients pay at the end of each appointment. We take all major debit and credit cards, Apple Pay and
Google Pay, and cash. We do not accept cheques. Invoices can be made out to an employer if your company is paying.</p>
""",
    ),
    "/team/": (
        "Meet our physiotherapists",
        """
<h1>Our team</h1>
<p>All our physiotherapists are registered with the Health and Care Professions Council (HCPC) and are members of
the Chartered Society of Physiotherapy.</p>
<h2>Helen Marsh, clinic director</h2>
<p>BSc (Hons) Physiotherapy, MSc Musculoskeletal Practice. Helen spent twelve years in the NHS, latterly as a
spinal specialist, before founding the clinic. She still sees patients three days a week.</p>
<h2>Dr Tom Okafor</h2>
<p>PhD, MCSP. Tom worked with Chesterfield FC's academy for five years and leads our knee and ACL rehabilitation.
He is our lead for acupuncture and is an accredited member of the AACP.</p>
<h2>Priya Desai</h2>
<p>BSc (Hons) Physiotherapy. Priya specialises in women's health, including pelvic floor problems and pregnancy
related pain, and runs our Pilates programme.</p>
<h2>Jordan Reeve</h2>
<p>Sports therapist, BSc Sports Therapy, member of the Society of Sports Therapists. Jordan gives our massage
sessions and works pitch-side for Chesterfield Rugby Club at weekends.</p>
""",
    ),
    "/find-us/": (
        "Finding us",
        """
<h1>How to find us</h1>
<p>We are at 14 Saltergate, a two-minute walk from the Crooked Spire and directly opposite the public library.</p>
<h2>Parking</h2>
<p>There is no parking at the clinic itself. The nearest car park is Saltergate multi-storey, 100 metres away,
which is pay and display with the first hour at £1.50. Blue badge holders can park on the single yellow lines on
Saltergate for up to three hours.</p>
<h2>By bus and train</h2>
<p>Most town-centre buses stop on Holywell Street, three minutes' walk away. Chesterfield railway station is a
fifteen-minute walk.</p>
<h2>Access</h2>
<p>The treatment rooms are on the ground floor with level access and an accessible toilet. The Pilates studio is
on the first floor, reached by stairs only.</p>
""",
    ),
    "/opening-hours/": (
        "Opening times",
        """
<h1>Opening times</h1>
<table>
<tr><th>Day</th><th>Hours</th></tr>
<tr><td>Monday</td><td>8am to 8pm</td></tr>
<tr><td>Tuesday</td><td>8am to 8pm</td></tr>
<tr><td>Wednesday</td><td>8am to 6pm</td></tr>
<tr><td>Thursday</td><td>8am to 8pm</td></tr>
<tr><td>Friday</td><td>8am to 5pm</td></tr>
<tr><td>Saturday</td><td>9am to 1pm</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
<p>Our last appointments on Monday, Tuesday and Thursday start at 7.30pm, for people who cannot get away from work
in the day. We close on bank holidays and between Christmas Day and New Year's Day.</p>
""",
    ),
    "/cancellations/": (
        "Cancellation policy",
        """
<h1>Cancelling or moving an appointment</h1>
<p>We understand that plans change. If you need to cancel or rearrange, please give us at least 24 hours' notice
by phone, email or through the link in your reminder text, and there is no charge.</p>
<p>Appointments cancelled with less than 24 hours' notice, or missed altogether, are charged in full. We may waive
this once for genuine emergencies or illness. If you are running late, ring us: we will see you for the time that
is left so the next patient is not kept waiting.</p>
<p>Insurers do not pay for missed appointments, so the fee is charged to you.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Do I need a letter from my doctor?</h3>
<p>No. You can book yourself in directly. A few insurers ask for a GP referral before they will pay, so check your
policy if you are claiming.</p>
<h3>What should I wear?</h3>
<p>Loose, comfortable clothes that let us see and move the area being treated: shorts for knee, hip or ankle
problems, and a vest top or sports top for neck and shoulder problems.</p>
<h3>Can I bring someone with me?</h3>
<p>Yes, a friend or relative is welcome to sit in. Patients under 16 must be accompanied by a parent or guardian.</p>
<h3>Do you treat children?</h3>
<p>We treat young people from the age of eight, mostly for sports injuries and growing pains such as Osgood
Schlatter disease.</p>
<h3>Can I ask for a male or female physio?</h3>
<p>Of course. Just let reception know when you book and we will arrange it.</p>
""",
    ),
    "/book/": (
        "Book an appointment",
        """
<h1>Book an appointment</h1>
<p>The quickest way is our online diary, open around the clock, where you can choose your physio, day and time and
get an instant confirmation email. You will receive a text reminder the day before.</p>
<p>Prefer to talk to someone? Call reception on 01246 555 318, or email hello@fieldgatephysio.co.uk and we will
reply within one working day.</p>
<p>Pilates classes and home visits cannot be booked online: please phone us for these.</p>
""",
    ),
}

# (question, the page that answers it). Written the way patients phone or message, not in the pages' words.
QUESTIONS = [
    ("I did my knee playing football on Saturday and it blew up like a balloon, can you help", "/sports-injuries/"),
    ("I've had a stiff neck for weeks from hunching over my laptop", "/back-and-neck-pain/"),
    ("my back went when I lifted a box yesterday and I can barely move", "/back-and-neck-pain/"),
    ("my mum's having her hip done next month, can she come to you afterwards", "/post-surgery-rehab/"),
    ("I had my cruciate rebuilt in the spring, how soon can I start rehab with you", "/post-surgery-rehab/"),
    ("I'm 20 weeks pregnant, is there an exercise class that's safe for me", "/pilates/"),
    ("my legs are wrecked after the marathon, can I get a deep rub down", "/sports-massage/"),
    ("do you do that treatment with the little needles", "/acupuncture/"),
    ("does the needle thing hurt", "/acupuncture/"),
    ("my dad can't really leave the house, could somebody come round to him", "/home-visits/"),
    ("what happens the first time I come in, how long will it take", "/first-appointment/"),
    ("how much do you charge per session", "/prices/"),
    ("is it any cheaper if I pay for a few sessions up front", "/prices/"),
    ("I'm covered by Bupa through work, will they pay for it", "/insurance/"),
    ("can I pay by card on the day", "/insurance/"),
    ("who will I actually be seeing, are they properly qualified", "/team/"),
    ("who would I see about leaking a bit when I sneeze since having my baby", "/team/"),
    ("where are you exactly", "/find-us/"),
    ("is there anywhere to leave the car", "/find-us/"),
    ("I finish work at six, can I come in after that", "/opening-hours/"),
    ("I can't make it tomorrow, will I still have to pay", "/cancellations/"),
    ("do I have to go through my GP first", "/faq/"),
    ("would I be able to see a lady physio instead", "/faq/"),
    ("can I just sort out a time on the internet", "/book/"),
    ("are you NHS or do I have to pay", "/"),
]

# Questions a patient might ask that the site does not answer (written with the site): each must be declined.
OUT_OF_SCOPE = [
    "can you prescribe me some stronger painkillers",
    "do you make custom insoles for flat feet",
    "can I get an MRI scan done at your place",
    "do you have a hydrotherapy pool",
    "does anyone there do speech therapy for children",
    "do you sell gym memberships",
    "can you do a blood test for my cholesterol",
    "do you offer chiropractic adjustments",
]
