"""An evaluation site: Hartley & Moss Opticians, an independent high-street optician (UK).

Written blind, with its questions, before it was ever measured: its author had not read the retrieval,
lexicon or answerer code, nor the other sites' questions or results. Questions describe a patient's
situation the way they would phone or message about it, not the way the pages name the service; each
fact sits on one page. Measured once, unchanged since:
22/25 right page in the top 3, 21 cited, 5 of 8 out-of-scope declined.
"""

NAME = "Hartley & Moss Opticians"
PHONE = "01904 496 318"
ADDRESS = "27 Bootham, York YO30 7BW"

NAV = [
    ("Home", "/"),
    ("Eye examinations", "/eye-tests/"),
    ("Children", "/children/"),
    ("Contact lenses", "/contact-lenses/"),
    ("Frames", "/frames/"),
    ("Lenses", "/lenses/"),
    ("NHS help", "/nhs/"),
    ("Fees", "/prices/"),
    ("Dry eye clinic", "/dry-eye/"),
    ("Diabetes & glaucoma", "/eye-conditions/"),
    ("Home visits", "/home-visits/"),
    ("Urgent eye care", "/urgent/"),
    ("Repairs", "/repairs/"),
    ("Our optometrists", "/team/"),
    ("Finding us", "/find-us/"),
    ("Opening hours", "/hours/"),
    ("FAQ", "/faq/"),
]

PAGES = {
    "/": (
        "Independent opticians in York",
        """
<h1>Hartley &amp; Moss Opticians</h1>
<p>An independent, family-owned practice on Bootham since 1988. We take our time: every eye examination is at
least 40 minutes, with modern scanning equipment, and our frames come from small makers as well as the brands
you know.</p>
<h2>Our services</h2>
<ul><li>Eye examinations for adults and children</li><li>Contact lens fitting and aftercare</li><li>Glasses,
sunglasses and sports eyewear</li><li>Dry eye clinic</li><li>Eye examinations at home for people who cannot get
to us</li></ul>
""",
    ),
    "/eye-tests/": (
        "Eye examinations",
        """
<h1>Eye examinations</h1>
<p>An eye examination checks far more than whether you need glasses. Your optometrist also checks the health of
your eyes, looking for signs of cataracts, macular degeneration and raised eye pressure.</p>
<h2>What happens</h2>
<ul><li>A chat about your eyes, health, work and hobbies</li><li>Vision and prescription check</li><li>Eye
pressure measurement (no puff of air: we use a gentle rebound tonometer)</li><li>3D OCT scan of the back of the
eye, included for every adult</li></ul>
<h2>How often</h2>
<p>We recommend an examination every two years for most adults, and every year if you are over 70 or your
optometrist advises it.</p>
<h2>Driving</h2>
<p>If you drive, we will tell you whether your vision meets the DVLA standard for driving.</p>
""",
    ),
    "/children/": (
        "Children's eye care",
        """
<h1>Children's eye care</h1>
<p>Children rarely complain about their eyesight because they think everyone sees the way they do. Signs to
watch for include sitting very close to the television, rubbing their eyes, headaches after school, or one eye
that turns in or out.</p>
<h2>From what age?</h2>
<p>We see children from around the age of three. They do not need to know their letters: we use pictures and
shapes.</p>
<h2>Myopia management</h2>
<p>For children whose short-sightedness is getting worse each year, we offer special spectacle lenses and
daily contact lenses that are shown to slow it down.</p>
<p>Eye examinations for children under 16 are free on the NHS.</p>
""",
    ),
    "/contact-lenses/": (
        "Contact lenses",
        """
<h1>Contact lenses</h1>
<p>Most people can wear contact lenses, including those with astigmatism and those who need reading glasses.
We fit daily disposables, monthly lenses, toric lenses for astigmatism and multifocal lenses.</p>
<h2>Trying lenses for the first time</h2>
<p>At a fitting appointment we show you how to put lenses in and take them out, and you take home a free trial
pair. A check-up follows two weeks later.</p>
<h2>Lens plans</h2>
<p>Our monthly direct debit plan covers your lenses, solutions and aftercare checks, with lenses delivered to
your door every three months.</p>
""",
    ),
    "/frames/": (
        "Glasses and frames",
        """
<h1>Glasses and frames</h1>
<p>We stock over 900 frames, from budget-friendly ranges to handmade acetate and titanium frames from small
independent designers in Britain, Denmark and Japan.</p>
<h2>Choosing</h2>
<p>Our dispensing opticians will help you choose a shape that suits your face and your prescription; strong
prescriptions look best in smaller, rounder frames.</p>
<h2>Bring your own frames</h2>
<p>We are happy to put new lenses into your existing frames if they are in good condition.</p>
<p>Most glasses are ready within seven to ten days.</p>
""",
    ),
    "/lenses/": (
        "Spectacle lens options",
        """
<h1>Lens options</h1>
<h2>Varifocals</h2>
<p>Varifocals give you distance, computer and reading vision in one pair, with no visible line. Most people
get used to them within two weeks.</p>
<h2>Thinner lenses</h2>
<p>High-index lenses are up to 40% thinner and lighter, recommended for stronger prescriptions.</p>
<h2>Coatings</h2>
<ul><li>Anti-reflection coating, for less glare when driving at night</li><li>Blue-light filtering, for long
days at a screen</li><li>Photochromic lenses that darken outdoors in the sun</li></ul>
""",
    ),
    "/nhs/": (
        "NHS eye tests and vouchers",
        """
<h1>NHS eye tests and optical vouchers</h1>
<p>You can have a free NHS eye examination if you:</p>
<ul><li>are under 16, or 16 to 18 in full-time education</li><li>are 60 or over</li><li>have diabetes or
glaucoma, or are 40 or over with a parent, sibling or child with glaucoma</li><li>receive Income Support,
Universal Credit (within the earnings limit) or Pension Credit Guarantee Credit</li></ul>
<h2>Vouchers towards glasses</h2>
<p>Children, people on certain benefits and those with very strong prescriptions can also get an NHS voucher
towards the cost of glasses or contact lenses. We have a range of frames fully covered by the voucher.</p>
<p>Please bring proof of your benefit or your HC2 certificate to your appointment.</p>
""",
    ),
    "/prices/": (
        "Fees",
        """
<h1>Our fees</h1>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Adult eye examination with OCT scan</td><td>£45</td></tr>
<tr><td>NHS eye examination</td><td>Free if eligible</td></tr>
<tr><td>Contact lens fitting (new wearers)</td><td>£40</td></tr>
<tr><td>Contact lens plan</td><td>from £14 a month</td></tr>
<tr><td>Dry eye assessment</td><td>£55</td></tr>
<tr><td>Complete glasses (frame and single vision lenses)</td><td>from £89</td></tr>
<tr><td>Varifocals (frame and lenses)</td><td>from £229</td></tr>
</table>
<p>A second pair of glasses bought on the same day is 30% off.</p>
""",
    ),
    "/dry-eye/": (
        "Dry eye clinic",
        """
<h1>Dry eye clinic</h1>
<p>Gritty, burning or tired eyes, or eyes that water all the time, are often signs of dry eye, especially for
people who spend long hours at screens or who have gone through the menopause.</p>
<h2>The assessment</h2>
<p>A 45-minute appointment to find out why your eyes are dry, including a close look at your tear film and the
oil glands in your eyelids.</p>
<h2>Treatments</h2>
<ul><li>Advice on drops, gels and warm compresses</li><li>In-practice IPL (intense pulsed light) treatment for
blocked eyelid glands</li><li>Lid hygiene treatments for blepharitis</li></ul>
""",
    ),
    "/eye-conditions/": (
        "Diabetes and glaucoma checks",
        """
<h1>Diabetes and glaucoma</h1>
<h2>Diabetes</h2>
<p>If you have diabetes you should have an eye examination every year, as well as your NHS diabetic eye
screening photographs. We can share the results with your GP.</p>
<h2>Glaucoma</h2>
<p>Glaucoma damages the nerve at the back of the eye, usually without any symptoms until late on. If a parent,
brother, sister or child has glaucoma, you are at greater risk and should be checked every year.</p>
<h2>Glaucoma monitoring</h2>
<p>We are part of the York glaucoma referral refinement scheme: if your eye pressure reading is borderline, we
repeat the test here instead of sending you straight to the hospital.</p>
""",
    ),
    "/home-visits/": (
        "Eye tests at home",
        """
<h1>Eye examinations at home</h1>
<p>If you cannot leave home unaccompanied because of illness or disability, our optometrist can examine your
eyes in your own home or care home, with the same checks as in practice.</p>
<p>Home visits are free on the NHS for most people who qualify. We bring a selection of frames with us, and your
glasses are delivered and fitted at home.</p>
<p>We visit homes within 15 miles of York, on Tuesdays and Thursdays.</p>
""",
    ),
    "/urgent/": (
        "Urgent eye problems",
        """
<h1>Urgent eye care</h1>
<p>We keep same-day appointments for eye problems such as:</p>
<ul><li>a red or painful eye</li><li>sudden flashing lights or new floaters</li><li>something in your eye</li>
<li>sudden blurred vision</li></ul>
<p>These appointments are free under the NHS Community Urgent Eyecare Service (CUES). Ring us as early in the
day as you can.</p>
<h2>Go to A&amp;E if</h2>
<p>You have a chemical splash, a serious injury to the eye, or sudden loss of sight in one eye.</p>
""",
    ),
    "/repairs/": (
        "Glasses repairs and adjustments",
        """
<h1>Repairs and adjustments</h1>
<p>Glasses slipping down your nose, pinching behind the ears, or sitting crooked? Pop in at any time and we will
adjust them for free, wherever you bought them.</p>
<h2>Repairs</h2>
<p>We replace missing screws and nose pads while you wait. Broken hinges and arms can often be repaired or
replaced in about a week; we will tell you the cost first.</p>
<h2>Breakage cover</h2>
<p>Glasses bought from us are covered for one year against accidental breakage; we replace the frame or lenses
once, free of charge.</p>
""",
    ),
    "/team/": (
        "Our optometrists",
        """
<h1>Meet the team</h1>
<p><strong>Eleanor Hartley BSc (Hons) MCOptom</strong>, optometrist and practice owner, qualified from Cardiff
University in 1998 and holds the College of Optometrists' professional certificate in glaucoma.</p>
<p><strong>Daniel Moss BSc MCOptom Prof Cert Paed</strong>, optometrist, leads our children's clinic and myopia
management.</p>
<p><strong>Aisha Rahman FBDO CL</strong>, contact lens optician, runs lens fittings and the dry eye clinic.</p>
<p><strong>Graham Pike FBDO</strong>, dispensing optician, has been fitting glasses on Bootham for over thirty
years.</p>
""",
    ),
    "/find-us/": (
        "Finding us",
        """
<h1>Finding us</h1>
<p>We are on Bootham, a five-minute walk from York Minster and Bootham Bar, opposite the Bootham Park
entrance.</p>
<h2>Parking</h2>
<p>There is pay-and-display parking on Marygate, about three minutes' walk away. We have one disabled parking
bay at the back of the practice: ring ahead and we will keep it free.</p>
<h2>Access</h2>
<p>The practice is on the ground floor with a level entrance, and the testing room is wheelchair
accessible.</p>
<p>Buses 2 and 19 stop right outside.</p>
""",
    ),
    "/hours/": (
        "Opening hours",
        """
<h1>Opening hours</h1>
<table>
<tr><th>Day</th><th>Hours</th></tr>
<tr><td>Monday to Friday</td><td>9am to 5:30pm</td></tr>
<tr><td>Thursday</td><td>9am to 7pm</td></tr>
<tr><td>Saturday</td><td>9am to 4pm</td></tr>
<tr><td>Sunday and bank holidays</td><td>Closed</td></tr>
</table>
<p>The last eye examination of the day starts one hour before closing.</p>
""",
    ),
    "/faq/": (
        "Frequently asked questions",
        """
<h1>Frequently asked questions</h1>
<h3>Can I drive after my eye examination?</h3>
<p>Usually yes. If we need to use dilating drops to widen your pupils, your vision may be blurry for four to six
hours, so please do not drive until it has cleared.</p>
<h3>Can I get a copy of my prescription?</h3>
<p>Yes, you are given your prescription after every examination and are free to buy glasses wherever you
like.</p>
<details><summary>Can I pay in instalments?</summary>
<p>We accept all major cards and Apple Pay. For glasses over £300 you can spread the cost over 10 months,
interest free.</p></details>
<details><summary>Do you accept workplace eye care vouchers?</summary>
<p>Yes, we accept employer schemes such as Eyecare Plus and eVouchers.</p></details>
""",
    ),
}

# Questions a patient would ask, worded as they would phone or message.
QUESTIONS = [
    ("it's been ages since I last had my eyes looked at, what do you actually check", "/eye-tests/"),
    ("do I need to read the letters on the chart to pass for my driving licence", "/eye-tests/"),
    ("my daughter keeps squinting at the telly and sitting right up close to it", "/children/"),
    ("my son's eyesight keeps getting worse every year, is there anything that can stop it", "/children/"),
    ("I've got astigmatism, can I still wear contacts", "/contact-lenses/"),
    ("I'd like something a bit different from the usual designer specs", "/frames/"),
    ("I need one pair for both reading and seeing far away", "/lenses/"),
    ("my prescription is really strong and my glasses are like jam jar bottoms", "/lenses/"),
    ("I'm 63, do I have to pay for my eye test", "/nhs/"),
    ("I'm on universal credit, can I get help towards my specs", "/nhs/"),
    ("how much is it for an eye test if you're paying yourself", "/prices/"),
    ("my eyes feel gritty and sore after a day at the computer", "/dry-eye/"),
    ("my dad has glaucoma, should I be worried about mine", "/eye-conditions/"),
    ("I'm diabetic, how often should I come in", "/eye-conditions/"),
    ("my mum is housebound and can't get to the shop, can someone come to her", "/home-visits/"),
    ("I've suddenly started seeing little flashes and floaty bits in one eye", "/urgent/"),
    ("I've splashed bleach in my eye", "/urgent/"),
    ("my glasses keep sliding down my nose", "/repairs/"),
    ("I sat on my glasses and snapped them, I only got them in spring", "/repairs/"),
    ("who does the kids' eye tests", "/team/"),
    ("where can I leave the car when I come for my appointment", "/find-us/"),
    ("I use a wheelchair, can I get in okay", "/find-us/"),
    ("are you open late any evening", "/hours/"),
    ("will my eyes be blurry afterwards if you put drops in", "/faq/"),
    ("can I spread the cost of new glasses", "/faq/"),
]

# Questions a patient might ask that the site does not answer.
OUT_OF_SCOPE = [
    "can you do laser eye surgery",
    "do you sell hearing aids",
    "can I get my cataract operation done with you",
    "do you do ear wax removal",
    "can you prescribe antibiotics for my ear infection",
    "do you repair watches",
    "can you do botox around my eyes",
    "can you check my dog's eyes, he keeps pawing at them",
]
