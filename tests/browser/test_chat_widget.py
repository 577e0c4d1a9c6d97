"""The chat widget in a real browser, on a website of its own (127.0.0.1, an allowed origin):
a visitor gets a cited answer, leaves their details and appears as a contact; staff take over
and the visitor sees the reply. Also: the browser itself refuses the widget on a site not allowed,
and the loader ignores messages that do not come from its frame."""

import pytest
from django_tenants.utils import schema_context

from calls.models import Agent
from contacts.models import Contact
from knowledge.services import sources
from knowledge.services import widget as widgets
from tests.browser.conftest import login
from tests.knowledge.local_server import local_server

pytestmark = pytest.mark.browser


def website(snippet: str) -> dict:
    html = (
        "<!doctype html><html><head><title>Acme Dental</title></head>"
        f"<body><h1>Welcome to Acme Dental</h1>{snippet}</body></html>"
    )
    return {"/": (200, {"Content-Type": "text/html; charset=utf-8"}, html)}


def test_a_visitor_chats_leaves_details_and_staff_take_over(
    browser, page, live_url, live_tenant, demo_site, django_db_blocker, live_server_port
):
    routes: dict = {}
    with django_db_blocker.unblock(), local_server(routes) as site:
        with schema_context(live_tenant.schema_name):
            agent = Agent.objects.create(name="Reception")
            sources.source_create(kind="page", name="Find us", url=demo_site + "/find-us/", agents=[agent])
            widget = widgets.widget_update(widget=widgets.widget_for(agent), allowed_domains=[site.origin])
        loader = live_url(live_tenant, f"/widget/{widget.public_key}.js")
        routes.update(website(f'<script src="{loader}" async></script>'))

        page.goto(site.origin + "/")
        launcher = page.locator("[data-vp-chat-launcher]")
        launcher.wait_for()
        iframe = page.locator("[data-vp-chat-frame]")
        # A message from the page itself (not the widget's frame and origin) is ignored.
        page.evaluate("window.postMessage({vpChat: 'open'}, '*')")
        page.wait_for_timeout(300)
        assert not iframe.is_visible()
        launcher.click()
        assert iframe.is_visible()
        chat = page.frame_locator("[data-vp-chat-frame]")
        chat.locator("body[data-ready='1']").wait_for()
        assert chat.locator(".prompts .chip").count() == 0 or chat.locator(".prompts").is_visible()

        chat.locator("[data-text]").fill("is there somewhere to park near the practice?")
        chat.locator("[data-text]").press("Enter")
        answer = chat.locator("li.msg.assistant[data-role='assistant']").last
        answer.wait_for(timeout=30000)
        assert "Chapel Road" in answer.inner_text()
        cite = answer.locator(".cites a").first
        assert "/find-us/" in cite.get_attribute("href")
        assert cite.get_attribute("target") == "_blank"

        chat.locator("[data-lead-open]").click()
        chat.locator("[data-lead] input[name=first_name]").fill("Dana")
        chat.locator("[data-lead] input[name=email]").fill("dana@example.org")
        chat.locator("[data-consent]").check()
        chat.locator("[data-lead] button[type=submit]").click()
        chat.get_by_text("We have your details").wait_for()
        with schema_context(live_tenant.schema_name):
            contact = Contact.objects.get(email="dana@example.org")
            assert contact.source == "chat" and contact.first_name == "Dana"
            assert contact.consents.filter(channel="email", granted=True).exists()

        # Staff, in the portal: take over the conversation and reply.
        staff = browser.new_context().new_page()
        staff.set_default_timeout(15000)
        login(staff, live_url, live_tenant, live_tenant.memberships.get().user.email)
        staff.goto(live_url(live_tenant, "/conversations/"))
        staff.get_by_role("link", name="Dana").click()
        staff.get_by_text("Chapel Road").first.wait_for()
        staff.locator("[data-take-over]").click()
        staff.get_by_text("the assistant stopped answering").wait_for()
        staff.fill("#reply-form textarea[name=text]", "Hi Dana, Sam here. The Chapel Road spaces are free after 6pm.")
        staff.click("#reply-form button")
        staff.get_by_text("Reply sent.").wait_for()

        chat.get_by_text("joined the conversation").wait_for(timeout=20000)
        reply = chat.locator("li.msg.staff").last
        reply.wait_for(timeout=20000)
        assert "free after 6pm" in reply.inner_text()
        assert chat.get_by_text("You are chatting with a person.").is_visible()

        # Closing asks for a rating, then the frame asks the page (its pinned parent) to close it.
        chat.locator("[data-close]").click()
        chat.locator("[data-star='5']").click()
        chat.locator("[data-rate-send]").click()
        page.wait_for_function("document.querySelector('[data-vp-chat-frame]').style.display === 'none'")
        staff.context.close()


def test_the_browser_refuses_the_widget_on_a_site_that_is_not_allowed(page, live_url, live_tenant, django_db_blocker):
    routes: dict = {}
    with django_db_blocker.unblock(), local_server(routes) as evil, local_server({}) as allowed:
        with schema_context(live_tenant.schema_name):
            agent = Agent.objects.create(name="Reception")
            widget = widgets.widget_update(widget=widgets.widget_for(agent), allowed_domains=[allowed.origin])
        # The loader is public, but the frame will not run here; even a forged ?origin= is blocked by
        # the frame's CSP frame-ancestors, which names only the allowed site.
        loader = live_url(live_tenant, f"/widget/{widget.public_key}.js")
        forged = live_url(live_tenant, f"/widget/{widget.public_key}/frame/?origin={allowed.origin}")
        routes.update(website(f'<script src="{loader}" async></script><iframe id="forged" src="{forged}"></iframe>'))
        page.goto(evil.origin + "/")
        page.locator("[data-vp-chat-launcher]").click()
        page.wait_for_timeout(1500)
        assert page.frame_locator("[data-vp-chat-frame]").get_by_text("not enabled for this website").is_visible()
        assert page.frame_locator("[data-vp-chat-frame]").locator("body[data-ready]").count() == 0
        assert page.frame_locator("#forged").locator("[data-compose]").count() == 0


def test_on_a_phone_the_chat_fills_the_screen(browser, live_url, live_tenant, django_db_blocker):
    routes: dict = {}
    context = browser.new_context(viewport={"width": 390, "height": 780})
    page = context.new_page()
    page.set_default_timeout(15000)
    with django_db_blocker.unblock(), local_server(routes) as site:
        with schema_context(live_tenant.schema_name):
            agent = Agent.objects.create(name="Reception")
            widget = widgets.widget_update(
                widget=widgets.widget_for(agent), allowed_domains=[site.origin], position="left", dark_mode=True
            )
        routes.update(
            website(f'<script src="{live_url(live_tenant, f"/widget/{widget.public_key}.js")}" async></script>')
        )
        page.goto(site.origin + "/")
        launcher = page.locator("[data-vp-chat-launcher]")
        launcher.wait_for()
        assert launcher.bounding_box()["x"] < 100  # bottom left
        launcher.click()
        box = page.locator("[data-vp-chat-frame]").bounding_box()
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 390, 780)
        chat = page.frame_locator("[data-vp-chat-frame]")
        chat.locator("body.dark[data-ready='1']").wait_for()
        chat.locator("[data-close]").click()  # nothing said yet: no rating, the page closes the chat
        page.wait_for_function("document.querySelector('[data-vp-chat-frame]').style.display === 'none'")
    context.close()
