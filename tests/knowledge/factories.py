import factory
from django.utils import timezone

from knowledge.models import FAQ, Chunk, Conversation, Flag, Gap, Message, Page, ScriptChange, Source, SourceStatus


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    kind = "text"
    name = factory.Sequence(lambda n: f"Notes {n}")
    content = "We are open Monday to Friday, 8am to 6pm."
    status = SourceStatus.READY


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    source = factory.SubFactory(SourceFactory)
    url = factory.Sequence(lambda n: f"https://example.com/page-{n}")
    title = "A page"
    status = "indexed"


class FAQFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQ

    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "The answer."


class ChunkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Chunk

    page = factory.SubFactory(PageFactory)
    source = factory.LazyAttribute(lambda o: o.page.source)
    url = factory.LazyAttribute(lambda o: o.page.url)
    title = "A page"
    text = "Some passage."


class ConversationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conversation

    channel = "chat"
    subject = "Opening hours"


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    conversation = factory.SubFactory(ConversationFactory)
    role = "user"
    text = "When are you open?"


class GapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gap

    question = factory.Sequence(lambda n: f"Do you sell gift cards {n}?")
    last_asked_at = factory.LazyFunction(timezone.now)


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    message = factory.SubFactory(MessageFactory, role="assistant", text="We are open on Sundays.")
    reason = "incorrect"
    question = "Are you open on Sunday?"
    bot_answer = "We are open on Sundays."
    better_answer = "We are closed on Sundays."


class ScriptChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScriptChange

    agent = factory.SubFactory("tests.calls.factories.AgentFactory")
    text = "Never promise Sunday appointments."


TENANT_FACTORIES = {
    Source: SourceFactory,
    Page: PageFactory,
    FAQ: FAQFactory,
    Chunk: ChunkFactory,
    Conversation: ConversationFactory,
    Message: MessageFactory,
    Gap: GapFactory,
    Flag: FlagFactory,
    ScriptChange: ScriptChangeFactory,
}
