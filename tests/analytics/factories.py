import factory
from django.utils import timezone

from analytics.models import (
    Assignment,
    CallComment,
    CallDayRollup,
    CallHourTotal,
    CallRollup,
    DailyMetric,
    InsightReport,
)
from tests.calls.factories import CallFactory
from tests.factories import UserFactory


class CallRollupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CallRollup

    day = factory.LazyFunction(lambda: timezone.localdate())
    hour = 10
    weekday = factory.LazyAttribute(lambda o: o.day.weekday())
    calls = 3
    answered = 2


class CallDayRollupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CallDayRollup

    day = factory.LazyFunction(lambda: timezone.localdate())
    calls = 3
    answered = 2


class CallHourTotalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CallHourTotal

    day = factory.LazyFunction(lambda: timezone.localdate())
    hour = 10
    weekday = factory.LazyAttribute(lambda o: o.day.weekday())
    calls = 3
    answered = 2


class DailyMetricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DailyMetric

    day = factory.LazyFunction(lambda: timezone.localdate())
    metric = "leads_added"
    dimension = "manual"
    value = 1


class InsightReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InsightReport

    start = factory.LazyFunction(lambda: timezone.localdate())
    end = factory.LazyFunction(lambda: timezone.localdate())
    status = InsightReport.Status.READY
    provider = "offline"


class CallCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CallComment

    call = factory.SubFactory(CallFactory)
    author = factory.SubFactory(UserFactory)
    author_label = "someone@example.test"
    body = "Listen to the objection at 1:20"


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    kind = Assignment.Kind.CALL
    object_id = factory.Sequence(lambda n: n + 1)
    assignee = factory.SubFactory(UserFactory)


TENANT_FACTORIES = {
    CallRollup: CallRollupFactory,
    CallDayRollup: CallDayRollupFactory,
    CallHourTotal: CallHourTotalFactory,
    DailyMetric: DailyMetricFactory,
    InsightReport: InsightReportFactory,
    CallComment: CallCommentFactory,
    Assignment: AssignmentFactory,
}
