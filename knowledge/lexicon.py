"""How customers say things versus how small businesses write them: the query-expansion lexicon.

A customer asks "how much to get my cat fixed" or "can someone come get my car"; the business's
site says "spay and neuter prices" and "towing". Stemming cannot join those, and a small static
word-vector model only partly does. This module is data: the everyday wordings customers use,
across the kinds of small business the platform serves (home services such as plumbing, heating,
electrical, roofing, locksmiths and pest control; dental and medical practices, physiotherapy and
chiropractic, veterinary clinics, salons, barbers and spas, car repair and tyres, law firms,
accountants, estate and letting agents, fitness, restaurants, cleaning, retail), each with the words
such businesses put on their pages. Many are situations a caller describes without knowing the
trade's term ("my tooth snapped", "the car shakes when I brake", "my landlord won't fix it").

`expand(text)` returns the business words for the customer wordings found in a question, each with
the question's words it stands for.
Retrieval adds the ones the tenant's own text uses, weighted below the question's own words, so an
expansion can find the page that uses the business's word but never outweighs a word the customer
actually said. Entries are general knowledge of how these businesses are asked about, not any
one site's pages.

Two kinds of entry:
- SYNONYMS: groups of words used interchangeably; each member expands to the others.
- PHRASES: a customer's wording (one or more words) -> the words a business writes for it.
Matching ignores case and simple plural and verb endings ("jabs" matches "jab").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SYNONYMS: tuple[str, ...] = (
    # Money
    "cost price fee charge rate pricing prices fees charges costs",
    "cheap affordable inexpensive budget",
    "discount deal promotion coupon savings",
    "deposit downpayment",
    "refund reimburse money-back",
    "quote estimate quotation",
    "invoice bill receipt statement",
    "instalment installment",
    "pay payment paying",
    "card credit debit",
    "finance financing",
    "insurer insurance coverage",
    # Time and place
    "open opening hours",
    "close closing closed shut",
    "holiday holidays vacation",
    "location address directions",
    "parking park",
    "bus subway train metro transit station",
    "wheelchair accessible accessibility step-free ramp",
    "nearby near local",
    # Booking
    "appointment booking reservation slot visit",
    "book schedule reserve",
    "cancel cancellation cancelling cancelled",
    "reschedule rebook rearrange",
    "late lateness",
    "walk-in walk-ins",
    "wait waiting queue",
    "consultation consult assessment evaluation",
    "no-show missed",
    # People
    "staff team employees people",
    "owner founder proprietor",
    "job jobs career careers vacancy vacancies hiring position positions",
    "qualified certified licensed accredited trained credentials qualifications",
    "experienced experience",
    "specialist specialise specialize specialty specialist",
    # Contact
    "phone telephone",
    "email e-mail",
    "message text sms",
    "contact reach",
    # Children and age
    "kid kids child children toddler baby babies youngster",
    "child children paediatric pediatric",
    "teen teenager adolescent",
    "senior elderly older",
    "student students university college",
    # Gifts
    "voucher gift certificate gift-card",
    # Quality and problems
    "problem issue fault trouble",
    "broken broke faulty damaged",
    "fix repair mend",
    "replace replacement",
    "leak leaking drip dripping",
    "noise noisy sound",
    "smell odour odor smelly stinky",
    "pain painful hurt hurts ache aching sore",
    "emergency urgent",
    "warranty guarantee guaranteed",
    "complaint unhappy dissatisfied",
    "safe safety",
    # Vehicles
    "car vehicle auto automobile",
    "truck pickup suv van",
    "tyre tire tyres tires",
    "mechanic technician tech",
    # Home
    "house home property residence",
    "boiler furnace heater",
    "aircon ac a/c air-conditioning cooling",
    "loo toilet restroom bathroom washroom",
    "tap faucet",
    "sink basin",
    "drain drains plumbing pipes",
    "flat apartment condo unit",
    "loft attic",
    "landlord rental tenant",
    # Health
    "doctor physician gp clinician",
    "dentist dental",
    "nurse nursing",
    "medicine medication meds prescription drugs pills tablets",
    "jab jabs shot shots vaccine vaccines vaccination vaccinations immunisation immunization booster boosters",
    "scan imaging x-ray xray ultrasound radiograph",
    "test tests testing lab",
    "op operation surgery procedure",
    "checkup check-up exam examination",
    "stitches sutures",
    "anaesthetic anesthetic anaesthesia anesthesia sedation",
    "allergy allergic",
    # Pets
    "pet pets animal animals",
    "vet veterinarian veterinary",
    # Hair and beauty
    "haircut cut trim",
    "dye colour color tint",
    "highlights balayage",
    "nails manicure pedicure",
    "brows eyebrows",
    "facial skincare",
    # Food
    "menu dishes food",
    "vegan plant-based",
    "vegetarian veggie",
    "gluten coeliac celiac",
    "takeaway takeout carryout to-go",
    "delivery deliver",
    "table reservation",
    # Law and money
    "lawyer attorney solicitor counsel",
    "probate estate",
    "divorce separation custody",
    "accountant bookkeeper cpa",
    "tax taxes",
    # Fitness
    "gym fitness",
    "class classes session sessions",
    "membership member members subscription",
    "trainer coach instructor",
)

PHRASES: dict[str, str] = {
    # Money
    "how much": "price cost fee prices",
    "what do you charge": "price fee prices",
    "what does it cost": "price prices",
    "what's the damage": "price cost",
    "ballpark": "estimate quote price",
    "pay monthly": "finance instalments payment plan",
    "spread the cost": "finance instalments payment plan",
    "monthly": "instalments payment plan finance",
    "in installments": "finance payment plan",
    "buy now pay later": "finance payment plan klarna afterpay",
    "can't afford": "finance payment plan discount",
    "cheque": "check checks payment",
    "apple pay": "contactless payment card",
    "google pay": "contactless payment card",
    "tap to pay": "contactless payment",
    "cash only": "cash payment",
    "amex": "card credit payment",
    "american express": "card credit payment",
    "visa": "card credit debit payment",
    "mastercard": "card credit debit payment",
    "discover card": "card credit payment",
    "paypal": "payment online",
    "venmo": "payment",
    "zelle": "payment transfer",
    "claim": "insurance insurer claims",
    "bill my insurance": "insurance insurer claims direct billing",
    "covered by": "insurance coverage",
    "out of pocket": "insurance payment cost",
    "medicaid": "insurance",
    "medicare": "insurance",
    "hidden fees": "price pricing transparent",
    "free quote": "estimate quote free",
    "money back": "refund guarantee",
    "tip": "gratuity",
    "student discount": "student discount",
    "senior discount": "senior discount",
    "military": "veterans military discount",
    # Opening hours and getting there
    "what time": "hours opening",
    "when are you open": "hours opening",
    "open late": "hours evening",
    "bank holiday": "holidays closed hours",
    "christmas": "holidays closed hours",
    "thanksgiving": "holidays closed hours",
    "where are you": "address location directions",
    "find you": "address location directions",
    "car park": "parking",
    "park": "parking",
    "tube": "station train",
    "by bus": "transit bus",
    "wheelchair": "accessible accessibility",
    "stairs": "step-free accessible lift elevator",
    "lift": "elevator",
    # Booking, changing, turning up
    "book in": "appointment booking",
    "get an appointment": "booking schedule",
    "come in": "appointment visit",
    "see someone": "appointment",
    "show up": "walk-in appointment missed",
    "drop in": "walk-in walk-ins",
    "no appointment": "walk-in walk-ins",
    "same day": "same-day urgent",
    "today": "same-day",
    "call off": "cancel cancellation",
    "can't make it": "cancel cancellation reschedule",
    "cannot make it": "cancel cancellation reschedule",
    "change my appointment": "reschedule cancel",
    "move my appointment": "reschedule",
    "running late": "late",
    "don't show": "missed no-show",
    "didn't show": "missed no-show",
    "stood up": "missed no-show",
    "waiting list": "waitlist cancellation",
    "first visit": "new patients new clients first appointment",
    "first time": "new patients new clients first appointment",
    "new customer": "new clients",
    "paperwork": "forms registration",
    "drop off": "drop-off",
    "pick up": "pick-up collection",
    "collect": "pick-up collection",
    "after you close": "drop-off after-hours key",
    "wait for it": "waiting lounge",
    "while i wait": "waiting lounge",
    "turnaround": "time ready",
    # People and jobs
    "who owns": "owner owned founder family-owned",
    "who runs": "owner manager director founder",
    "in charge": "owner director manager head lead principal",
    "boss": "owner manager director",
    "who works": "team staff",
    "who will i see": "team staff",
    # Coming to the customer
    "come to my house": "house calls home visits mobile call-out",
    "come to my home": "house calls home visits mobile call-out",
    "work for you": "jobs careers hiring",
    "work there": "jobs careers hiring",
    "apply": "jobs careers application",
    "apprenticeship": "apprentice",
    "cv": "resume careers",
    # Urgent and out of hours
    "overnight": "after-hours",
    "out of hours": "after-hours emergency",
    "after hours": "after-hours emergency",
    "weekend": "after-hours emergency saturday sunday",
    "asap": "urgent emergency same-day",
    "right now": "urgent emergency",
    "straight away": "urgent emergency",
    "can't wait": "urgent emergency",
    "24/7": "24 emergency after-hours",
    # Home services
    "no hot water": "boiler water heater repair",
    "no heat": "heating furnace boiler repair",
    "heating's off": "heating furnace boiler repair",
    "freezing": "heating furnace boiler",
    "too hot": "air conditioning cooling",
    "blocked": "clogged drain drain cleaning",
    "clogged": "drain cleaning blocked",
    "won't flush": "toilet clogged repair",
    "overflowing": "clogged drain toilet",
    "water everywhere": "leak flooding burst pipe",
    "flooded": "flooding leak burst pipe water damage",
    "burst": "burst pipe leak emergency",
    "smell gas": "gas leak emergency",
    "smells of gas": "gas leak emergency",
    "sparks": "electrical emergency wiring",
    "tripping": "breaker electrical",
    "lights keep flickering": "electrical wiring",
    "power's out": "electrical outage",
    "mould": "mold damp",
    "mold": "mould damp",
    "creepy crawlies": "pest control insects",
    "bugs": "pest control insects",
    "mice": "rodent pest control",
    "rats": "rodent pest control",
    "roof leak": "roofing repair",
    "gutters": "gutter cleaning",
    "service my boiler": "boiler maintenance tune-up",
    "tune up": "maintenance tune-up service",
    "yearly check": "maintenance annual service",
    "annual check": "maintenance annual service",
    # Cars
    "mechanic": "technician repair",
    "engine light": "check engine diagnostic",
    "warning light": "check engine diagnostic dashboard",
    "dashboard light": "check engine diagnostic",
    "dead battery": "battery jump-start",
    "flat battery": "battery jump-start",
    "flat tire": "puncture repair tire",
    "flat tyre": "puncture repair tyre",
    "nail in my tire": "puncture repair",
    "squeak": "brakes squealing",
    "squeal": "brakes squealing",
    "squealing": "brakes",
    "grinding": "brakes",
    "spongy": "brake pedal soft",
    "pulls to": "alignment",
    "pulling to": "alignment",
    "drifting": "alignment drifts",
    "wobble": "balancing alignment vibration",
    "shaking": "vibration balancing",
    "oil change": "oil filter change",
    "smog check": "emissions inspection",
    "mot": "inspection",
    "failed inspection": "inspection retest",
    "timing chain": "timing belt",
    "tow": "towing",
    "broke down": "towing breakdown roadside",
    "broken down": "towing breakdown roadside",
    "stranded": "towing roadside",
    "stuck": "towing roadside",
    "locked out": "lockout locksmith",
    "ran out of gas": "fuel delivery roadside",
    "ran out of petrol": "fuel delivery roadside",
    "jump": "jump-start",
    "courtesy car": "loaner",
    "borrow a car": "loaner courtesy rental",
    "rental car": "loaner rental",
    "no cold air": "air conditioning a/c recharge",
    "overheating": "cooling coolant thermostat",
    "ev": "electric",
    "prius": "hybrid",
    "my own parts": "customer-supplied parts",
    # Health, dental and medical
    "check up": "exam examination checkup",
    "checkup": "exam examination",
    "physical": "exam examination",
    "cleaning": "hygiene hygienist",
    "teeth cleaned": "hygiene hygienist cleaning",
    "toothache": "dental pain emergency",
    "tooth hurts": "toothache dental pain",
    "broken tooth": "chipped emergency dental",
    "chipped": "broken emergency microchip microchipping",
    "filling": "fillings cavity",
    "cavity": "filling decay",
    "wisdom tooth": "extraction",
    "pulled": "extraction",
    "yank": "extraction",
    "straighten": "orthodontics braces aligners invisalign",
    "crooked": "orthodontics braces aligners",
    "braces": "orthodontics",
    "whiter": "whitening",
    "bleach my teeth": "whitening",
    "false teeth": "dentures",
    "missing tooth": "implant bridge",
    "scared": "nervous anxious sedation",
    "nervous": "anxious sedation",
    "anxious": "nervous sedation",
    "needle": "injection anaesthetic",
    "numb": "anaesthetic local",
    "knock me out": "sedation general anaesthetic",
    "knocked out": "emergency sedation anaesthetic general",
    "put under": "anaesthesia sedation general",
    "blood work": "blood tests lab",
    "bloods": "blood tests",
    "results": "test lab results",
    "repeat prescription": "refill prescription pharmacy",
    "refill": "prescription pharmacy",
    "sick note": "certificate",
    "home visit": "house calls mobile",
    "come to me": "house calls home visits mobile",
    "video call": "telehealth virtual online",
    "online appointment": "telehealth virtual",
    "physio": "physiotherapy physical therapy",
    "bad back": "back pain",
    "pregnant": "pregnancy prenatal maternity",
    "baby's": "infant newborn paediatric",
    # Pets
    "get her done": "spay",
    "snipped": "neuter castration",
    "put to sleep": "euthanasia end-of-life",
    "put down": "euthanasia end-of-life",
    "pts": "euthanasia",
    "dies": "euthanasia cremation end-of-life",
    "ashes": "cremation",
    "on holiday": "boarding kennels",
    "on vacation": "boarding kennels",
    "going away": "boarding kennels",
    "while i'm away": "boarding kennels pet sitting",
    "look after my dog": "boarding day care",
    "look after my cat": "boarding cattery",
    "kennels": "boarding",
    "cattery": "boarding",
    "doggy daycare": "day care",
    "groom": "grooming",
    "bath": "grooming",
    "wash my dog": "grooming bath",
    "rat poison": "poisoning toxic rat bait",
    "hit by a car": "emergency trauma",
    "fleas": "flea parasite prevention",
    "ticks": "tick parasite prevention",
    "worms": "deworming worming parasite",
    "heartworm": "parasite prevention",
    "chip": "microchip microchipping",
    "lost": "microchip missing",
    "goes missing": "microchip lost",
    "diet": "weight nutrition food",
    "hamster": "exotic small mammals rodents",
    "guinea pig": "exotic small mammals",
    "ferret": "exotic small mammals",
    "jabs": "vaccinations vaccines",
    "shots": "vaccinations vaccines",
    "neutered": "neuter castration",
    "spayed": "spay",
    # Hair, beauty and wellness
    "gents": "men's barber",
    "ladies": "women's",
    "fringe": "bangs",
    "bangs": "fringe",
    "frizz": "smoothing keratin",
    "straightening": "keratin smoothing",
    "perm": "perming waves",
    "updo": "up-do occasion styling",
    "prom": "occasion styling",
    "beard": "beard trim barber",
    "fade": "barber clipper",
    "acrylics": "acrylic extensions",
    "gel nails": "gel manicure",
    "lashes": "lash lift extensions",
    "wax": "waxing",
    "threading": "thread brows",
    "tan": "tanning",
    "massage": "massage therapy",
    "skin test": "patch test",
    "patch test": "skin test allergy",
    "afro": "coily textured natural",
    "products": "retail haircare skincare",
    # Legal and financial
    "sue": "litigation claim lawsuit",
    "sued": "litigation lawsuit defence",
    "fired": "dismissal employment termination",
    "let go": "dismissal redundancy employment",
    "car accident": "personal injury",
    "hurt at work": "personal injury workers compensation",
    "no win no fee": "contingency conditional fee",
    "free consultation": "consultation initial free",
    "splitting up": "divorce separation",
    "kids custody": "custody child arrangements",
    "last will": "wills estate planning",
    "buying a house": "conveyancing real estate closing",
    "selling my house": "conveyancing real estate",
    "taxes": "tax return accounting",
    "bookkeeping": "accounts bookkeeping",
    # Restaurants and retail
    "eat in": "dine-in",
    "book a table": "reservation reservations",
    "private party": "private dining events functions",
    "birthday party": "private events functions party",
    "dietary": "allergens allergy vegan vegetarian gluten",
    "allergic": "allergens allergy",
    "kids menu": "children's menu",
    "dog friendly": "dogs welcome pets",
    "bring my dog": "dogs welcome pets",
    "in stock": "availability stock",
    "send it back": "returns refund exchange",
    "return": "returns refund exchange",
    "swap": "exchange returns",
    "shipping": "delivery postage",
    "postage": "delivery shipping",
    # Fitness and classes
    "sign up": "join membership register",
    "join": "membership",
    "try it out": "trial free taster",
    "taster": "trial",
    "freeze": "pause membership",
    "quit": "cancel membership",
    "personal trainer": "personal training",
    "timetable": "schedule classes",
    # Cleaning and general services
    "deep clean": "deep cleaning",
    "end of tenancy": "move-out cleaning",
    "move out": "move-out",
    "bring my own": "supplied",
    "service area": "areas covered",
    "come out to": "service area areas covered",
    "cover my area": "service area areas covered",
    "how far": "service area miles radius",
    "eco": "eco-friendly green non-toxic",
    "pet safe": "pet-friendly non-toxic",
    # Plumbing, heating, cooling and electrical
    "water heater": "boiler tank tankless hot water",
    "hot water tank": "water heater boiler",
    "low pressure": "water pressure",
    "pipe burst": "burst pipe leak emergency",
    "running toilet": "toilet repair flapper fill valve",
    "toilet keeps running": "toilet repair flapper fill valve",
    "garbage disposal": "disposal disposer",
    "sewage": "sewer drain line",
    "sewer smell": "sewer drain line",
    "tree roots": "sewer line drain",
    "basement flooded": "sump pump flooding water damage",
    "sump": "sump pump",
    "furnace won't": "furnace repair heating",
    "heat pump": "heat pump heating cooling",
    "vents": "ducts ductwork duct cleaning",
    "carbon monoxide": "co detector emergency",
    "outlet": "socket receptacle electrical",
    "socket": "outlet receptacle electrical",
    "rewire": "rewiring electrical wiring",
    "ev charger": "electric vehicle charger installation",
    "call out fee": "service call fee trip charge",
    "callout": "service call fee trip charge",
    "trip charge": "service call fee",
    "how soon can you come": "same-day availability emergency",
    "insured": "insurance licensed bonded",
    "maintenance plan": "service plan maintenance agreement membership",
    # Dental
    "root canal": "endodontic endodontics",
    "cap": "crown crowns",
    "bleeding gums": "gum disease periodontal",
    "gums bleed": "gum disease periodontal",
    "grind my teeth": "night guard bruxism grinding",
    "night guard": "bruxism grinding",
    "sensitive teeth": "sensitivity",
    "kids dentist": "paediatric pediatric children's dentistry",
    "laughing gas": "nitrous oxide sedation",
    "clear braces": "aligners invisalign",
    "dental plan": "membership plan insurance",
    "in network": "insurance network ppo",
    "hsa": "fsa payment health savings",
    "fsa": "hsa payment flexible spending",
    # Legal and financial
    "retainer": "fees rates",
    "hourly": "rates fees",
    "flat fee": "fixed fee",
    "dui": "dwi criminal defense drunk driving",
    "drunk driving": "dui dwi",
    "speeding ticket": "traffic violations",
    "arrested": "criminal defense",
    "slip and fall": "personal injury premises liability",
    "workers comp": "workers compensation injury",
    "evicted": "eviction landlord tenant",
    "green card": "immigration visa",
    "start a business": "business formation llc incorporation",
    "power of attorney": "estate planning",
    "prenup": "prenuptial agreement",
    "child support": "family law support custody",
    "debt": "bankruptcy debt relief",
    "do my taxes": "tax preparation returns",
    "irs letter": "tax notice resolution",
    # Cleaning, lawns and property
    "maid": "cleaning housekeeping",
    "carpet": "carpet cleaning",
    "move in": "move-in cleaning",
    "mow": "lawn mowing",
    "yard": "lawn garden landscaping",
    "weeds": "weed control",
    "leaves": "leaf removal cleanup",
    "snow": "snow removal plowing",
    "deposit back": "security deposit",
    "maintenance request": "repair request portal",
    # Medical, therapy and care
    "chiropractor": "chiropractic adjustment",
    "crack my back": "chiropractic adjustment",
    "sports injury": "physiotherapy sports rehabilitation",
    "referral": "referral doctor",
    "walk in clinic": "urgent care walk-in",
    "flu shot": "flu vaccine vaccination",
    "daycare": "childcare nursery preschool",
    "tutor": "tutoring lessons",
    "headshots": "portraits photography",
    # Gifts and loyalty
    "gift": "gift cards vouchers",
    "present": "gift cards vouchers",
    "birthday": "gift birthday",
    "loyalty": "rewards points",
    "refer a friend": "referral",
    # Situations customers describe, by trade, with the trade's words for them.
    # Plumbing
    "no water": "water supply stopcock shut-off valve mains",
    "tap won't stop": "dripping tap washer cartridge repair",
    "through ceiling": "leak water damage emergency",
    "won't drain": "blocked drain clogged slow drain cleaning",
    "won't go down": "blocked drain clogged unblocking",
    "slow drain": "blocked clogged drain cleaning",
    "drains slowly": "slow drain blocked clogged",
    "gurgling": "blocked drain vent sewer",
    "drain smells": "sewer drain odour blocked",
    "smell drain": "sewer drain odour blocked",
    "banging pipes": "water hammer pipes noise",
    "pipes banging": "water hammer pipes noise",
    "frozen pipes": "frozen pipe burst pipe thaw emergency",
    "new bathroom": "bathroom installation fitting renovation remodel",
    "shower won't": "shower repair valve pump pressure",
    "shower pressure": "shower pump water pressure",
    "water bill": "leak detection meter",
    "hear water": "leak detection hidden leak",
    "damp patch": "damp leak mould water damage",
    "outside tap": "outdoor faucet hose bib spigot",
    "plumb in": "appliance installation washing machine dishwasher",
    "washing machine": "appliance installation plumbing",
    "hot water runs out": "water heater tank capacity cylinder",
    "run out of hot water": "water heater tank capacity cylinder",
    "lukewarm": "water heater thermostat boiler",
    "toilet wobbles": "toilet repair seal flange",
    # Heating and boilers
    "radiator cold": "radiators bleeding balancing power flush",
    "cold radiator": "radiators bleeding balancing power flush",
    "cold at top": "bleed bleeding radiator air",
    "pressure keeps dropping": "boiler pressure repressurise leak",
    "losing pressure": "boiler pressure repressurise leak",
    "pilot light": "ignition furnace boiler repair",
    "kettling": "boiler noise repair power flush",
    "boiler making noise": "kettling repair",
    "thermostat": "heating controls smart",
    "new boiler": "boiler installation replacement",
    "heating won't": "heating repair boiler furnace",
    "heating not": "heating repair boiler furnace",
    "heating isn't": "heating repair boiler furnace",
    "heating stopped": "heating repair boiler furnace",
    "house is cold": "heating furnace boiler repair",
    "gas smell": "gas leak emergency",
    "co alarm": "carbon monoxide detector emergency",
    "gas certificate": "gas safety certificate cp12 landlord inspection",
    "landlord certificate": "gas safety certificate cp12 eicr inspection",
    # Air conditioning and ventilation
    "blowing warm": "air conditioning repair refrigerant recharge",
    "blowing hot": "air conditioning repair refrigerant recharge",
    "not cooling": "air conditioning repair refrigerant recharge",
    "isn't cooling": "air conditioning repair refrigerant recharge",
    "ac leak": "condensate drain line air conditioning",
    "conditioner leak": "condensate drain line air conditioning",
    "iced up": "frozen coil evaporator defrost",
    "room hotter": "zoning airflow ductwork balancing",
    "room colder": "zoning airflow ductwork balancing",
    "dusty": "duct cleaning air quality filtration",
    "humid": "dehumidifier humidity",
    "dry air": "humidifier humidity",
    "outside unit": "condenser compressor outdoor unit",
    "mini split": "ductless mini-split",
    "ductless": "mini-split",
    "window unit": "air conditioner ductless",
    # Electrical
    "flickering": "electrical wiring loose connection",
    "no power": "power outage electrical fault emergency",
    "power cut": "power outage electrical fault",
    "trip switch": "breaker rcd consumer unit fuse box",
    "keeps tripping": "breaker rcd circuit fault",
    "fuse box": "consumer unit panel breaker upgrade",
    "fuse blows": "fuse breaker circuit overload",
    "blown fuse": "fuse breaker circuit overload",
    "burning smell": "electrical fault wiring emergency clutch",
    "electric shock": "earthing fault electrical safety emergency",
    "got a shock": "earthing fault electrical safety emergency",
    "more sockets": "additional sockets outlets installation",
    "extra sockets": "additional sockets outlets installation",
    "light fitting": "lighting fixtures installation",
    "spotlights": "downlights lighting installation",
    "ceiling fan": "fan installation lighting",
    "electrical certificate": "eicr inspection testing condition report",
    "safety check": "inspection certificate testing",
    "smoke alarm": "smoke detectors alarms fire",
    "smoke detector": "smoke alarms fire",
    "outdoor lights": "outdoor lighting security exterior",
    "car charger": "ev charger charging point electric vehicle installation",
    "charging point": "ev charger electric vehicle installation",
    # Roofing and gutters
    "leak in roof": "roof leak roofing repair",
    "missing tiles": "roof repair slate tile replacement storm damage",
    "missing shingles": "roof repair shingle replacement storm damage",
    "blown off": "storm damage roof repair missing tiles shingles",
    "storm damage": "roof repair emergency tarp insurance",
    "moss": "moss removal roof cleaning",
    "flat roof": "flat roofing epdm felt rubber",
    "chimney": "chimney repair flashing repointing stack",
    "downpipe": "gutter downspout drainage",
    "downspout": "gutter downpipe drainage",
    "skylight": "roof window flashing",
    "new roof": "roof replacement reroofing",
    "hole in roof": "roof repair emergency",
    "stain ceiling": "roof leak water damage",
    "ice dam": "ice dams roof heat cables",
    # Locksmiths
    "lost keys": "lockout lock change rekey spare keys",
    "can't find keys": "lockout locksmith lock change",
    "key snapped": "key extraction broken key lock repair",
    "key broke": "key extraction broken key lock repair",
    "key stuck": "key extraction lock repair",
    "broken key": "key extraction lock repair",
    "change locks": "lock change replacement rekey",
    "new locks": "lock change replacement fitting",
    "burgled": "burglary lock change repair boarding security",
    "broken into": "burglary lock change repair boarding security",
    "break in": "burglary lock change repair boarding security",
    "won't lock": "lock repair door alignment mechanism",
    "spare key": "key cutting copies duplicate",
    "key cut": "key cutting copies duplicate",
    "copy of key": "key cutting copies duplicate",
    "car key": "auto locksmith key programming replacement fob",
    "upvc": "upvc door lock multipoint mechanism",
    # Pest control
    "mouse": "rodent mice pest control",
    "droppings": "rodent mice rats pest control",
    "scratching walls": "rodent mice rats squirrels wildlife",
    "noises attic": "rodent mice rats squirrels wildlife",
    "noises loft": "rodent mice rats squirrels wildlife",
    "in attic": "wildlife rodent squirrels pest control",
    "wasp": "wasp nest removal pest control",
    "hornet": "wasp nest removal pest control",
    "bees": "bee swarm removal",
    "ants": "ant pest control treatment",
    "cockroaches": "cockroach pest control",
    "roaches": "cockroach pest control",
    "bed bugs": "bedbug heat treatment pest control",
    "bitten in bed": "bed bugs fleas",
    "termites": "termite inspection treatment",
    "woodworm": "woodworm treatment timber",
    "moths": "moth treatment clothes carpet",
    "squirrels": "squirrel wildlife removal",
    "pigeons": "bird control proofing netting spikes",
    "spiders": "spider pest control insects",
    "keep them out": "proofing exclusion prevention",
    "safe for kids": "child-safe pet-safe non-toxic",
    # Cleaning
    "moving out": "end of tenancy move-out cleaning deposit",
    "moving in": "move-in cleaning",
    "one off": "deep clean one-time",
    "every week": "regular recurring weekly",
    "every other week": "fortnightly biweekly regular",
    "fortnightly": "biweekly every other week",
    "biweekly": "fortnightly",
    "oven": "oven cleaning",
    "windows cleaned": "window cleaning",
    "after builders": "post-construction builders clean",
    "airbnb": "short-let holiday let turnover cleaning",
    "office clean": "commercial cleaning",
    "carpet stain": "stain removal carpet upholstery cleaning",
    "red wine": "stain removal",
    "sofa": "upholstery cleaning",
    "couch": "upholstery cleaning",
    "same cleaner": "regular dedicated",
    "be home": "key holding access",
    "spring clean": "deep clean",
    "mattress": "mattress cleaning upholstery",
    "come and look": "survey site visit estimate quote",
}

_WORD = re.compile(r"[a-z0-9][a-z0-9'/&-]*")


@dataclass(frozen=True)
class Expansion:
    """A business word for a wording in the question: the stems of the question's words it stands for,
    and whether it is a plain synonym of one of them (rather than a word a phrase leads to)."""

    word: str
    sources: frozenset[str]
    synonym: bool


def stem(word: str) -> str:
    """A crude stem so plural and verb endings match ("jabs" as "jab")."""
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(text.lower()))


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], tuple[tuple[str, bool], ...]]:
    """{stemmed wording: (business word, whether a synonym)}, merging the synonym groups and the phrases."""
    table: dict[tuple[str, ...], dict[str, bool]] = {}
    for group in SYNONYMS:
        members = group.split()
        for member in members:
            found = table.setdefault(_tokens(member), {})
            for other in members:
                if other != member:
                    found[other] = True
    for phrase, words in PHRASES.items():
        found = table.setdefault(_tokens(phrase), {})
        for word in words.split():
            found.setdefault(word, False)
    return {key: tuple(words.items()) for key, words in table.items() if key}


# A wording of several words still matches with up to GAP other words inside it ("put my old dog to sleep").
GAP = 3


def _found(key: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Whether the words of `key` occur in order in `tokens`, spanning at most GAP more words."""
    if len(key) == 1:
        return key[0] in tokens
    for start, token in enumerate(tokens):
        if token != key[0]:
            continue
        at = 1
        for index in range(start + 1, min(len(tokens), start + len(key) + GAP)):
            if tokens[index] == key[at]:
                at += 1
                if at == len(key):
                    return True
    return False


def expand(text: str) -> list[Expansion]:
    """The business words for the customer wordings in `text`, without the words `text` already has
    (compared by stem); a wording found inside a longer one adds nothing of its own.
    Taken in turns, each wording's first word, then each one's second, and so on,
    so that a caller keeping only the first few keeps some of every wording's."""
    tokens = _tokens(text)
    if not tokens:
        return []
    have = set(tokens)
    table = _table()
    matched = [key for key in table if key[0] in have and _found(key, tokens)]
    # A wording inside a longer one found in the question is that one's word, not its own ("in charge"
    # is about who runs the place; "charge" alone would add prices).
    matched = [key for key in matched if not any(len(other) > len(key) and set(key) <= set(other) for other in matched)]
    hits = sorted((tokens.index(key[0]), key) for key in matched)
    per_wording = [
        [(part, key, synonym) for word, synonym in table[key] for part in re.split(r"[-/]", word)] for _, key in hits
    ]
    out: dict[str, tuple[set[str], bool]] = {}
    for turn in range(max((len(parts) for parts in per_wording), default=0)):
        for parts in per_wording:
            if turn >= len(parts):
                continue
            part, key, synonym = parts[turn]
            if len(part) > 1 and stem(part) not in have:
                sources, was = out.setdefault(part, (set(), False))
                sources.update(key)
                out[part] = (sources, was or synonym)
    return [Expansion(word, frozenset(sources), synonym) for word, (sources, synonym) in out.items()]
