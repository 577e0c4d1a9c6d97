"""Dental clinics (and, through `template_for("medical")`, medical practices): pain first, then booking."""

from tenants.verticals import (
    AnalysisField,
    AppointmentTypeDefault,
    EscalationRule,
    LeadField,
    SampleFAQ,
    VerticalTemplate,
)

TEMPLATE = VerticalTemplate(
    vertical="dental",
    label="Dental and medical",
    summary=(
        "A receptionist that books check-ups, handles toothache calls with care, and fills last-minute "
        "gaps, without ever giving clinical advice."
    ),
    system_prompt=(
        "You are the front desk of {{business_name}}, a dental and medical practice. Be warm and calm; many "
        "callers are anxious or in pain. Help patients book, move or cancel appointments, and answer "
        "questions about opening hours, prices, insurance and what to bring, using only the practice's own "
        "information. Never diagnose, never recommend medication and never say a symptom is harmless. If a "
        "patient reports severe pain, swelling, bleeding that will not stop, or a knocked-out tooth, treat "
        "it as urgent: offer the first emergency slot and alert the team. If they describe chest pain, "
        "difficulty breathing or a severe allergic reaction, tell them to call the emergency number now. "
        "Ask whether they are a new or existing patient and take their date of birth only to find their "
        "record."
    ),
    chat_greeting="Hello! I can help you book an appointment or answer questions about the practice.",
    voice_greeting=(
        "Good day, you've reached {{business_name}}. I can book, move or cancel an appointment. How can I help?"
    ),
    quick_prompts=(
        "Book a check-up",
        "I have toothache",
        "Do you accept my insurance?",
        "Are you taking new patients?",
    ),
    lead_fields=(
        LeadField(name="first_name", label="First name", required=True),
        LeadField(name="last_name", label="Last name", required=True),
        LeadField(name="phone", label="Phone", kind="phone", required=True),
        LeadField(name="email", label="Email", kind="email"),
        LeadField(
            name="patient_status",
            label="Have you visited us before?",
            kind="choice",
            choices=("New patient", "Existing patient"),
        ),
    ),
    sample_faqs=(
        SampleFAQ(
            question="Are you accepting new patients?",
            answer="Yes, we welcome new patients. Your first visit is a full check-up with X-rays if needed.",
        ),
        SampleFAQ(
            question="What should I bring to my first appointment?",
            answer="Please bring photo ID, your insurance card if you have one, and a list of any medication you take.",
        ),
        SampleFAQ(
            question="What is your cancellation policy?",
            answer="Please give us 24 hours' notice so we can offer the time to another patient. Late "
            "cancellations may be charged.",
        ),
        SampleFAQ(
            question="Do you see emergencies?",
            answer="We keep emergency slots every weekday. Call as early as you can and we will fit you in.",
        ),
    ),
    escalation_rules=(
        EscalationRule(
            name="Dental emergency",
            phrases=("knocked out", "broken tooth", "abscess", "swollen", "swelling", "bleeding"),
            reply="That sounds urgent. I've alerted the team, who will offer you the first emergency slot.",
        ),
        EscalationRule(name="Severe pain", phrases=("severe pain", "toothache", "can't sleep from the pain")),
        EscalationRule(
            name="Medical emergency",
            phrases=("chest pain", "can't breathe", "difficulty breathing", "allergic reaction"),
            reply="Please call the emergency number now. I've alerted the team as well.",
        ),
    ),
    after_hours_script=(
        "The practice is closed right now. If you are in severe pain or have swelling, I can alert the "
        "on-call dentist. Otherwise I can book you the first appointment when we reopen."
    ),
    transfer_script="Let me put you through to the front desk; one moment please.",
    analysis_fields=(
        AnalysisField(
            name="patient_status",
            description="Whether the caller is a new or existing patient.",
            kind="enum",
            choices=("new", "existing", "unknown"),
        ),
        AnalysisField(name="in_pain", description="The caller reported pain or swelling.", kind="boolean"),
        AnalysisField(name="treatment_interest", description="The treatment the caller asked about."),
        AnalysisField(name="appointment_booked", description="An appointment was booked.", kind="boolean"),
    ),
    appointment_types=(
        AppointmentTypeDefault(name="Check-up", duration_minutes=30, description="Examination and advice."),
        AppointmentTypeDefault(name="Hygiene clean", duration_minutes=45, description="Scale and polish."),
        AppointmentTypeDefault(name="Emergency appointment", duration_minutes=30, description="Pain or injury."),
        AppointmentTypeDefault(name="New patient consultation", duration_minutes=60),
    ),
    notification_wording={
        "noun": "appointment",
        "extra": "Please arrive 10 minutes early and bring your insurance card.",
    },
)
