"""Plumbers, electricians, HVAC, roofers, cleaners: emergencies first, then booking a visit."""

from tenants.verticals import (
    AnalysisField,
    AppointmentTypeDefault,
    EscalationRule,
    LeadField,
    SampleFAQ,
    VerticalTemplate,
)

TEMPLATE = VerticalTemplate(
    vertical="home_services",
    label="Home services",
    summary=(
        "Never miss an emergency call-out again: the receptionist answers every call and chat, spots "
        "burst pipes and gas leaks, and books visits straight into your schedule."
    ),
    system_prompt=(
        "You are the receptionist of {{business_name}}, a home services company. Callers are usually "
        "homeowners with a problem at home right now. First find out what is wrong, where the property is "
        "(postcode or ZIP) and how urgent it is. Safety comes first: if someone smells gas, sees sparks or "
        "has water near electrics, tell them to leave the area, turn off the supply if it is safe to do so, "
        "and call the emergency services, then hand the call to a person. For everything else, offer the "
        "next available visit, quote only the call-out fee and prices published on the website, and never "
        "promise an exact arrival time: give the arrival window. Confirm the address and a mobile number "
        "for the technician to text on the way."
    ),
    chat_greeting="Hi! Got a problem at home? Tell me what's happening and I'll get a technician booked in.",
    voice_greeting=(
        "Thanks for calling {{business_name}}. If this is a gas leak or flooding, tell me straight away. "
        "Otherwise, how can I help today?"
    ),
    quick_prompts=(
        "I have a leak right now",
        "Book a service visit",
        "What is your call-out fee?",
        "Which areas do you cover?",
    ),
    lead_fields=(
        LeadField(name="first_name", label="Your name", required=True),
        LeadField(name="phone", label="Mobile number", kind="phone", required=True),
        LeadField(name="address", label="Property address", kind="textarea", required=True),
        LeadField(
            name="job_type",
            label="What do you need?",
            kind="choice",
            choices=("Emergency repair", "Repair", "Installation", "Maintenance", "Quote"),
        ),
    ),
    sample_faqs=(
        SampleFAQ(
            question="Do you offer emergency call-outs?",
            answer="Yes. We answer around the clock and send the on-call technician for leaks, "
            "no heating and electrical faults. An out-of-hours call-out fee applies.",
        ),
        SampleFAQ(
            question="How much is a call-out?",
            answer="Our standard call-out covers the first 30 minutes on site; parts and further time are "
            "quoted before any work starts.",
        ),
        SampleFAQ(
            question="Which areas do you cover?",
            answer="We cover the town and the surrounding villages within about 20 miles. Give us your "
            "postcode and we will confirm.",
        ),
        SampleFAQ(
            question="Are your technicians insured and certified?",
            answer="Every technician is fully insured and holds the certification their trade requires; "
            "we are happy to send copies.",
        ),
    ),
    escalation_rules=(
        EscalationRule(
            name="Gas or carbon monoxide",
            phrases=("gas leak", "smell gas", "smell of gas", "carbon monoxide"),
            reply="Please leave the property now, do not use switches or flames, and call the gas emergency "
            "line. I've alerted our on-call team.",
        ),
        EscalationRule(
            name="Water damage",
            phrases=("burst pipe", "flooding", "water leak", "sewage", "overflowing"),
            reply="Turn off the main water stopcock if you can reach it safely. I've alerted our on-call team.",
        ),
        EscalationRule(
            name="Electrical danger",
            phrases=("sparking", "sparks", "electrical fire", "burning smell"),
            reply="Switch off the power at the fuse box if it is safe, keep clear, and call the fire service "
            "if there is smoke. I've alerted our on-call team.",
        ),
        EscalationRule(name="No heating", phrases=("no heat", "no heating", "boiler broken")),
    ),
    after_hours_script=(
        "Our office is closed right now, but our on-call technician handles emergencies. If water, gas or "
        "electrics are putting your home at risk, I'll pass you straight to them. Otherwise I can book the "
        "first visit tomorrow morning."
    ),
    transfer_script=(
        "I'm putting you through to one of our team now; please stay on the line. If nobody picks up, "
        "they will call you back within 15 minutes."
    ),
    analysis_fields=(
        AnalysisField(
            name="job_type",
            description="What the caller needs done.",
            kind="enum",
            choices=("emergency_repair", "repair", "installation", "maintenance", "quote"),
        ),
        AnalysisField(
            name="is_emergency", description="The problem is a risk to people or property now.", kind="boolean"
        ),
        AnalysisField(name="property_address", description="Where the work is needed."),
        AnalysisField(name="visit_booked", description="A visit was booked during the call.", kind="boolean"),
    ),
    appointment_types=(
        AppointmentTypeDefault(name="Emergency call-out", duration_minutes=90, description="Same-day urgent repair."),
        AppointmentTypeDefault(name="Service visit", duration_minutes=60, description="A repair or routine service."),
        AppointmentTypeDefault(name="Free estimate", duration_minutes=45, description="We look at the job and quote."),
    ),
    notification_wording={
        "noun": "visit",
        "extra": "Our technician will text you when they are on the way. Please make sure someone over 18 is home.",
    },
)
