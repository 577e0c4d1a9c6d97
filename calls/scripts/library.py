"""The script library: industry templates as data, one per use case and one per vertical.

Each template is the content of a first version: steps in order, the first
being where the call starts. Lines use variables such as
{contact.first_name} or {appointment.time} (see calls.scripts.variables).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScriptTemplate:
    key: str
    label: str
    industry: str
    description: str
    content: dict
    vertical: str = ""


def step(key, title, line, *, expected=(), branches=(), next="", objections=(), actions=()) -> dict:
    return {
        "key": key,
        "title": title,
        "line": line,
        "expected": list(expected),
        "branches": [{"answer": answer, "goto": goto} for answer, goto in branches],
        "next": next,
        "objections": [{"objection": objection, "reply": reply} for objection, reply in objections],
        "actions": list(actions),
    }


GOODBYE = "Thank you for your time, {contact.first_name}. Have a lovely day. Goodbye!"

TEMPLATES: tuple[ScriptTemplate, ...] = (
    ScriptTemplate(
        key="medical_confirmation",
        label="Medical appointment confirmation",
        industry="Healthcare",
        description="Confirm an upcoming appointment, offer to move it, remind what to bring.",
        content={
            "steps": [
                step(
                    "confirm",
                    "Confirm the appointment",
                    "Hello {contact.first_name}, this is {business.name} calling about your {appointment.type} "
                    "appointment {appointment.time}. Will you be able to attend?",
                    expected=("yes", "no", "need another time"),
                    branches=(("yes", "prepare"), ("no", "reschedule"), ("another time", "reschedule")),
                    objections=(("who is this", "This is the appointments team at {business.name}."),),
                ),
                step(
                    "prepare",
                    "What to bring",
                    "Wonderful. Please arrive ten minutes early and bring your insurance card and any medication "
                    "you take. Is there anything else you need from us?",
                    next="goodbye",
                ),
                step(
                    "reschedule",
                    "Offer a new time",
                    "No problem. Let me find another time that suits you. Which day works best?",
                    next="goodbye",
                    actions=("reschedule", "transfer"),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="real_estate_qualification",
        label="Real-estate lead qualification",
        industry="Real estate",
        description="Qualify a property enquiry: budget, timeline, location, financing; offer a viewing.",
        content={
            "steps": [
                step(
                    "opening",
                    "Opening",
                    "Hi {contact.first_name}, this is {business.name}. You enquired about a property with us. Are "
                    "you still looking?",
                    expected=("yes", "no"),
                    branches=(("yes", "budget"), ("no", "goodbye")),
                    objections=(("I'm busy", "I understand. It takes two minutes; or shall I call back later?"),),
                    actions=("schedule_callback",),
                ),
                step(
                    "budget",
                    "Budget and timeline",
                    "Great. What budget range do you have in mind, and when would you like to move?",
                    next="financing",
                    objections=(
                        ("prices are too high", "I hear that often. We have options across several price bands."),
                    ),
                ),
                step(
                    "financing",
                    "Financing and decision",
                    "Will you be buying with a mortgage or cash, and is anyone else involved in the decision?",
                    next="viewing",
                ),
                step(
                    "viewing",
                    "Offer a viewing",
                    "I have a few properties that fit. Would you like to book a viewing?",
                    expected=("yes", "no"),
                    branches=(("yes", "goodbye"), ("no", "goodbye")),
                    actions=("book_appointment", "send_details"),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="restaurant_reservation",
        label="Restaurant reservations",
        industry="Hospitality",
        description="Take or confirm a table booking: party size, time, dietary needs.",
        content={
            "steps": [
                step(
                    "greeting",
                    "Greeting",
                    "Good evening, {business.name}, how can I help? Would you like to book a table?",
                    expected=("book a table", "something else"),
                    branches=(("book", "party"), ("something else", "handoff")),
                ),
                step(
                    "party",
                    "Party size and time",
                    "Lovely. For how many people, and what day and time?",
                    next="dietary",
                    objections=(("fully booked", "I can put you on the waiting list or offer the nearest time."),),
                ),
                step(
                    "dietary",
                    "Dietary needs",
                    "Does anyone in your party have allergies or dietary requirements?",
                    next="goodbye",
                    actions=("book_appointment",),
                ),
                step("handoff", "Hand over", "Let me put you through to a member of the team.", actions=("transfer",)),
                step(
                    "goodbye", "Goodbye", "Your table is noted. We look forward to seeing you!", actions=("end_call",)
                ),
            ]
        },
    ),
    ScriptTemplate(
        key="sales_follow_up",
        label="Sales follow-up",
        industry="Sales",
        description="Follow up a quote or demo, handle objections, agree the next step.",
        content={
            "steps": [
                step(
                    "opening",
                    "Opening",
                    "Hi {contact.first_name}, it's {business.name}. I'm following up on the proposal we sent to "
                    "{contact.company}. Did you have a chance to look at it?",
                    expected=("yes", "no"),
                    branches=(("yes", "questions"), ("no", "summary")),
                ),
                step(
                    "summary",
                    "Short summary",
                    "In short, it covers what we discussed and can start within two weeks. Shall I send it again?",
                    next="next_step",
                    actions=("send_details",),
                ),
                step(
                    "questions",
                    "Questions",
                    "What questions came up on your side?",
                    next="next_step",
                    objections=(
                        ("too expensive", "Which part feels high? We can adjust the scope to fit the budget."),
                        ("not the right time", "When would be a better time to revisit it?"),
                    ),
                ),
                step(
                    "next_step",
                    "Agree the next step",
                    "Would a short call with our specialist this week help you decide?",
                    expected=("yes", "no"),
                    branches=(("yes", "goodbye"), ("no", "goodbye")),
                    actions=("book_appointment", "schedule_callback"),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="survey",
        label="Customer survey",
        industry="Any",
        description="A short satisfaction survey with a score and one open question.",
        content={
            "steps": [
                step(
                    "consent",
                    "Ask for two minutes",
                    "Hi {contact.first_name}, this is {business.name}. Could you spare two minutes for a quick "
                    "survey about your recent visit?",
                    expected=("yes", "no"),
                    branches=(("yes", "score"), ("no", "goodbye")),
                ),
                step(
                    "score",
                    "Score",
                    "On a scale from one to ten, how likely are you to recommend us to a friend?",
                    next="why",
                ),
                step("why", "Reason", "What is the main reason for your score?", next="goodbye"),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="event_invitation",
        label="Event invitation",
        industry="Any",
        description="Invite a contact to an event and register them.",
        content={
            "steps": [
                step(
                    "invite",
                    "Invitation",
                    "Hi {contact.first_name}, {business.name} is hosting an open evening next month and we'd love "
                    "to see you there. Would you like to come?",
                    expected=("yes", "maybe", "no"),
                    branches=(("yes", "register"), ("maybe", "details"), ("no", "goodbye")),
                ),
                step(
                    "details",
                    "Send details",
                    "No problem, I'll send you the details by text.",
                    next="goodbye",
                    actions=("send_details",),
                ),
                step(
                    "register",
                    "Register",
                    "Great! How many people will you bring?",
                    next="goodbye",
                    actions=("book_appointment",),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="home_services_estimate",
        label="Home services: book an estimate",
        industry="Home services",
        vertical="home_services",
        description="Find out the job, check urgency, book a technician visit.",
        content={
            "steps": [
                step(
                    "job",
                    "The job",
                    "Thanks for calling {business.name}. What do you need help with today?",
                    next="urgency",
                ),
                step(
                    "urgency",
                    "Urgency",
                    "Is this an emergency, like a leak or no heating, or can it wait a few days?",
                    expected=("emergency", "can wait"),
                    branches=(("emergency", "dispatch"), ("can wait", "book")),
                ),
                step("dispatch", "Emergency", "I'm alerting our on-call technician now.", actions=("transfer",)),
                step(
                    "book",
                    "Book a visit",
                    "Let's book a technician visit. Which day suits you?",
                    next="goodbye",
                    objections=(("how much", "The visit to assess the job is free; the technician quotes on site."),),
                    actions=("book_appointment",),
                ),
                step(
                    "goodbye",
                    "Goodbye",
                    "You're all set. Thank you for choosing {business.name}!",
                    actions=("end_call",),
                ),
            ]
        },
    ),
    ScriptTemplate(
        key="dental_recall",
        label="Dental: check-up recall",
        industry="Dental",
        vertical="dental",
        description="Remind a patient their check-up is due and book it.",
        content={
            "steps": [
                step(
                    "recall",
                    "Recall",
                    "Hello {contact.first_name}, it's {business.name}. Your six-monthly check-up is due. Would you "
                    "like to book it now?",
                    expected=("yes", "no"),
                    branches=(("yes", "book"), ("no", "goodbye")),
                    objections=(("I'm nervous", "Many patients are; we take it gently and explain every step."),),
                ),
                step(
                    "book",
                    "Book",
                    "Which day and time of day suit you best?",
                    next="goodbye",
                    actions=("book_appointment",),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="legal_intake",
        label="Legal: new enquiry intake",
        industry="Legal",
        vertical="legal",
        description="Take a new matter's basics and book a consultation; never give legal advice.",
        content={
            "steps": [
                step(
                    "matter",
                    "The matter",
                    "Thank you for contacting {business.name}. Briefly, what is your enquiry about?",
                    next="deadline",
                    objections=(
                        ("what should I do", "I can't give legal advice, but a solicitor can at the consultation."),
                    ),
                ),
                step(
                    "deadline",
                    "Deadlines",
                    "Is there a court date or deadline coming up?",
                    expected=("yes", "no"),
                    branches=(("yes", "urgent"), ("no", "consultation")),
                ),
                step("urgent", "Urgent", "I'll pass this to a solicitor straight away.", actions=("transfer",)),
                step(
                    "consultation",
                    "Consultation",
                    "Would you like to book an initial consultation?",
                    next="goodbye",
                    actions=("book_appointment",),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="real_estate_viewing",
        label="Real estate: viewing follow-up",
        industry="Real estate",
        vertical="real_estate",
        description="Ask how a viewing went and move the buyer to an offer or another viewing.",
        content={
            "steps": [
                step(
                    "feedback",
                    "Viewing feedback",
                    "Hi {contact.first_name}, it's {business.name}. How did you find the viewing?",
                    expected=("liked it", "not for me"),
                    branches=(("liked", "offer"), ("not for me", "alternatives")),
                ),
                step(
                    "offer",
                    "Offer",
                    "Would you like to make an offer, or see it again first?",
                    next="goodbye",
                    actions=("book_appointment", "transfer"),
                ),
                step(
                    "alternatives",
                    "Alternatives",
                    "What didn't work for you? I'll send a few properties that fit better.",
                    next="goodbye",
                    actions=("send_details",),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="salon_rebook",
        label="Salon: rebooking",
        industry="Beauty",
        vertical="salon",
        description="Invite a client back for their next appointment.",
        content={
            "steps": [
                step(
                    "rebook",
                    "Rebook",
                    "Hi {contact.first_name}, it's {business.name}! It's been a few weeks since your last visit. "
                    "Shall we book your next appointment?",
                    expected=("yes", "no"),
                    branches=(("yes", "book"), ("no", "goodbye")),
                ),
                step(
                    "book",
                    "Book",
                    "Lovely! Same stylist as last time, and which day suits you?",
                    next="goodbye",
                    actions=("book_appointment",),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
    ScriptTemplate(
        key="ecommerce_cart",
        label="E-commerce: order follow-up",
        industry="E-commerce",
        vertical="ecommerce",
        description="Follow up an unfinished order and help complete it.",
        content={
            "steps": [
                step(
                    "opening",
                    "Opening",
                    "Hi {contact.first_name}, this is {business.name}. We noticed your order wasn't completed. Can "
                    "I help with anything?",
                    expected=("yes", "no"),
                    branches=(("yes", "help"), ("no", "goodbye")),
                    objections=(
                        ("shipping is too expensive", "Orders over a certain amount ship free; shall I check?"),
                    ),
                ),
                step(
                    "help",
                    "Help",
                    "What stopped you from completing the order?",
                    next="goodbye",
                    actions=("send_details", "transfer"),
                ),
                step("goodbye", "Goodbye", GOODBYE, actions=("end_call",)),
            ]
        },
    ),
)
TEMPLATES_BY_KEY = {template.key: template for template in TEMPLATES}


def template_for(key: str) -> ScriptTemplate | None:
    return TEMPLATES_BY_KEY.get(key)


def templates_for_vertical(vertical: str) -> list[ScriptTemplate]:
    return [template for template in TEMPLATES if template.vertical == vertical]
