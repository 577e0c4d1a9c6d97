import factory

from calls.models import Agent, Call, CallScript, CallScriptVersion, PhoneNumber


class AgentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agent

    name = factory.Sequence(lambda n: f"Agent {n}")
    purpose = Agent.Purpose.REMINDER
    greeting = "Hi {{first_name}}, this is {{business_name}}."
    system_prompt = "Confirm the appointment."


class PhoneNumberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PhoneNumber

    number = factory.Sequence(lambda n: f"+1415555{n % 10000:04d}")
    provider_id = factory.LazyAttribute(lambda o: o.number)


class CallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Call

    provider_call_id = factory.Sequence(lambda n: f"call_test_{n:06d}")
    direction = Call.Direction.OUTBOUND
    from_number = "+14155550100"
    to_number = factory.Sequence(lambda n: f"+4479{n:08d}")
    status = "completed"
    transcript = "Agent: Hello\nUser: Hi"


class CallScriptFactory(factory.django.DjangoModelFactory):
    """A script with one valid version (current)."""

    class Meta:
        model = CallScript
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Script {n}")

    @factory.post_generation
    def first_version(obj, create, extracted, **kwargs):
        content = extracted or {
            "steps": [
                {
                    "key": "opening",
                    "title": "Opening",
                    "line": "Hi {contact.first_name}.",
                    "expected": [],
                    "branches": [],
                    "next": "",
                    "objections": [],
                    "actions": [],
                }
            ]
        }
        obj.current_version = CallScriptVersion.objects.create(script=obj, number=1, content=content)
        obj.save(update_fields=["current_version"])


TENANT_FACTORIES = {
    Agent: AgentFactory,
    PhoneNumber: PhoneNumberFactory,
    Call: CallFactory,
    CallScript: CallScriptFactory,
}
