import factory

from calls.models import Agent, Call, PhoneNumber


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


TENANT_FACTORIES = {Agent: AgentFactory, PhoneNumber: PhoneNumberFactory, Call: CallFactory}
