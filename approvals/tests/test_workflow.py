"""Nothing goes live until the lived-experience panel approves it — tested through the admin, as each role."""

import datetime

import pytest
from django.core import mail
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from approvals.models import QuorumApproval
from resources.factories import GuidePageFactory
from resources.models import GuidePage


def as_user(client, user):
    client.force_login(user)
    return client


def guide_form(title="Get help fast", slug="get-help-fast", text="<p>Call 111.</p>", **extra):
    data = {
        "title": title,
        "slug": slug,
        "summary": "How to get help fast.",
        "topic": "",
        "last_reviewed": "2026-10-01",
        "next_review_due": "2027-10-01",
        "body": streamfield([("text", rich_text(text))]),
        "comments": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


def create_guide(client, parent, **extra):
    return client.post(f"/admin/pages/add/resources/guidepage/{parent.pk}/", guide_form(**extra))


def edit_guide(client, page, **extra):
    return client.post(f"/admin/pages/{page.pk}/edit/", guide_form(title=page.title, slug=page.slug, **extra))


def submit(client, page, text="<p>Call 111. Or go online.</p>"):
    response = edit_guide(client, page, text=text, **{"action-submit": "1"})
    assert response.status_code == 302, response.content[:500]
    return page.current_workflow_state


def review(client, page, action, comment=""):
    state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    key = "approve" if action == "approve" else "request-changes"
    return client.post(f"/admin/review/{state.pk}/", {key: "1", "comment": comment})


def panel_approvals():
    return QuorumApproval.objects.filter(task_state__task__name="Lived experience panel").count()


def current_step(page):
    return Page.objects.get(pk=page.pk).specific.current_workflow_task.name


def live_text(page):
    page = GuidePage.objects.get(pk=page.pk)
    return page.live, page.body.render_as_block() if page.live else ""


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["editor", "panel1"])
def test_every_publish_control_leaves_the_page_unpublished(client, people, guide_index, who):
    user = people[who]
    # editor can create; panel members edit an existing draft
    draft = GuidePageFactory(parent=guide_index, title="Draft guide", slug="draft-guide", live=False)
    as_user(client, user)
    if who == "editor":
        create_guide(client, guide_index, **{"action-publish": "1"})
        created = GuidePage.objects.filter(slug="get-help-fast").first()
        assert created is not None and not created.live
    edit_guide(client, draft, **{"action-publish": "1"})
    revision = draft.save_revision()
    urls = [
        f"/admin/pages/{draft.pk}/revisions/{revision.pk}/revert/",
        f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}",
        f"/admin/pages/{draft.pk}/unpublish/",
    ]
    client.post(urls[0], guide_form(title=draft.title, slug=draft.slug, **{"action-publish": "1"}))
    client.post(urls[1], {})
    client.post(
        f"/admin/pages/{draft.pk}/copy/",
        {
            "new_title": "Copy",
            "new_slug": "copy-of-draft",
            "new_parent_page": guide_index.pk,
            "publish_copies": "on",
        },
    )
    edit_guide(client, draft, go_live_at="2020-01-01 10:00", **{"action-publish": "1"})
    assert not GuidePage.objects.get(pk=draft.pk).live
    assert not GuidePage.objects.filter(live=True, slug__in=["copy-of-draft", "get-help-fast"]).exists()
    assert not WorkflowState.objects.exists()


@pytest.mark.django_db
def test_editors_cannot_unpublish_a_live_page(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index)
    as_user(client, people["editor"])
    response = client.post(f"/admin/pages/{guide.pk}/unpublish/", {})
    assert response.status_code in (302, 403)
    assert GuidePage.objects.get(pk=guide.pk).live


@pytest.mark.django_db
def test_guide_needs_the_clinician_then_two_panel_members_who_did_not_submit(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, title="Get help fast", slug="get-help-fast", live=False)
    as_user(client, people["panel1"])
    state = submit(client, guide)
    assert state.status == "in_progress"
    assert state.current_task_state.task.name == "Clinical check"

    # The panel can't jump the clinical check.
    review(as_user(client, people["panel2"]), guide, "approve")
    assert current_step(guide) == "Clinical check"
    assert review(as_user(client, people["clinician"]), guide, "approve").status_code == 302
    assert current_step(guide) == "Lived experience panel"
    assert not GuidePage.objects.get(pk=guide.pk).live

    # The submitter can't approve, by the review screen or by Wagtail's own workflow action URL.
    task_state = Page.objects.get(pk=guide.pk).specific.current_workflow_task_state
    review(as_user(client, people["panel1"]), guide, "approve")
    wagtail_url = f"/admin/pages/workflow/action/{guide.pk}/approve/{task_state.pk}/"
    client.post(wagtail_url, {})
    assert panel_approvals() == 0

    assert review(as_user(client, people["panel2"]), guide, "approve").status_code == 302
    assert not GuidePage.objects.get(pk=guide.pk).live  # 1 of 2
    assert panel_approvals() == 1
    review(client, guide, "approve")  # panel2 again: no double counting
    assert panel_approvals() == 1 and not GuidePage.objects.get(pk=guide.pk).live

    assert review(as_user(client, people["panel3"]), guide, "approve").status_code == 302
    live, text = live_text(guide)
    assert live and "Or go online." in text
    assert client.get(GuidePage.objects.get(pk=guide.pk).url).status_code == 200


@pytest.mark.django_db
def test_members_see_who_has_approved_so_far(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["editor"])
    submit(client, guide)
    review(as_user(client, people["clinician"]), guide, "approve")
    review(as_user(client, people["panel2"]), guide, "approve")
    dashboard = as_user(client, people["panel3"]).get("/admin/").content.decode()
    assert "Waiting for your approval" in dashboard
    assert "1 of 2 approvals so far" in dashboard
    assert "Amal" in dashboard
    state = Page.objects.get(pk=guide.pk).specific.current_workflow_task_state
    screen = client.get(f"/admin/review/{state.pk}/").content.decode()
    assert "Approved by: Amal" in screen
    assert "This is a new page." in screen


@pytest.mark.django_db
def test_request_changes_returns_the_page_with_the_comment_and_keeps_every_revision(
    client, people, guide_index
):
    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["editor"])
    submit(client, guide)
    revisions_before = guide.revisions.count()
    review(as_user(client, people["clinician"]), guide, "approve")
    # A comment is required to ask for changes.
    response = review(as_user(client, people["panel2"]), guide, "reject", comment="")
    assert response.status_code == 200 and b"Please say what should change" in response.content
    response = review(client, guide, "reject", comment="Say that 111 is free from any phone.")
    assert response.status_code == 302
    state = WorkflowState.objects.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = TaskState.objects.get(status=TaskState.STATUS_REJECTED)
    assert rejected.get_comment() == "Say that 111 is free from any phone."
    assert guide.revisions.count() == revisions_before
    assert not GuidePage.objects.get(pk=guide.pk).live
    assert any("Say that 111 is free" in m.body or people["editor"].email in m.to for m in mail.outbox)


@pytest.mark.django_db
def test_an_edit_after_an_approval_needs_the_panel_again(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["editor"])
    submit(client, guide)
    review(as_user(client, people["clinician"]), guide, "approve")
    review(as_user(client, people["panel2"]), guide, "approve")
    edit_guide(as_user(client, people["editor"]), guide, text="<p>Changed after approval.</p>")
    # panel2's approval was for the old text; panel3's alone doesn't make a quorum.
    review(as_user(client, people["panel3"]), guide, "approve")
    assert not GuidePage.objects.get(pk=guide.pk).live
    # Even with a second approval, the edit goes back through every step, the clinical check first.
    review(as_user(client, people["panel2"]), guide, "approve")
    assert not GuidePage.objects.get(pk=guide.pk).live
    assert current_step(guide) == "Clinical check"
    review(as_user(client, people["clinician"]), guide, "approve")
    review(as_user(client, people["panel2"]), guide, "approve")
    review(as_user(client, people["panel3"]), guide, "approve")
    live, text = live_text(guide)
    assert live and "Changed after approval." in text


@pytest.mark.django_db
def test_trust_line_comes_from_the_workflow_record(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["editor"])
    submit(client, guide)
    for who in ["clinician", "panel2", "panel3"]:
        review(as_user(client, people[who]), guide, "approve")
    client.logout()
    html = client.get(GuidePage.objects.get(pk=guide.pk).url).content.decode()
    today = datetime.date.today()
    assert "Checked by the lived-experience panel and a GP on" in html
    assert f'datetime="{today:%Y-%m-%d}"' in html
    # A page published without the panel shows no trust line.
    other = GuidePageFactory(parent=guide_index, slug="other")
    assert "Checked by the lived-experience panel" not in client.get(other.url).content.decode()


@pytest.mark.django_db
def test_superuser_direct_publish_needs_a_reason_and_is_audited(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["admin"])
    response = edit_guide(client, guide, **{"action-publish": "1"})
    assert response.status_code == 200
    assert not GuidePage.objects.get(pk=guide.pk).live
    response = edit_guide(
        client, guide, publish_reason="Wrong phone number for 111", **{"action-publish": "1"}
    )
    assert response.status_code == 302
    assert GuidePage.objects.get(pk=guide.pk).live
    entry = PageLogEntry.objects.get(action="website.direct_publish")
    assert entry.data["reason"] == "Wrong phone number for 111"
    assert entry.user == people["admin"]


@pytest.mark.django_db
def test_submission_emails_the_group_and_approval_emails_the_submitter(client, people, guide_index):
    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["editor"])
    mail.outbox.clear()
    submit(client, guide)
    assert any(people["clinician"].email in m.to for m in mail.outbox)
    mail.outbox.clear()
    for who in ["clinician", "panel2", "panel3"]:
        review(as_user(client, people[who]), guide, "approve")
    assert any(people["editor"].email in m.to for m in mail.outbox)


# A real transaction, so wagtail-localize's on-commit publishing runs inside the request, as on the site.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_translation_is_not_live_until_approved(client, people, guide_index, home_pages):
    guide = GuidePageFactory(parent=guide_index, title="Register with a GP", slug="register")
    ar = home_pages["ar"].locale
    as_user(client, people["translator"])
    response = client.post(
        f"/admin/localize/submit/page/{guide.pk}/", {"locales": [ar.pk], "include_subtree": ""}
    )
    assert response.status_code == 302, response.content[:300]
    translated = guide.get_translation(ar)
    assert not translated.live
    # The translation editor's Publish, and sync with "publish translations", both leave it unpublished.
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(target_locale=ar)
    response = client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    assert response.status_code in (302, 403)
    guide.title = "Register with a GP practice"
    guide.save_revision().publish()  # outside a request: the test itself stands in for an approved change
    response = client.post(f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302, response.content[:300]
    assert not GuidePage.objects.get(pk=translated.pk).live
    assert PageLogEntry.objects.filter(action="website.publish_refused", page=translated).exists()
    # The translator sends it for approval; it goes through the same workflow as the English guide.
    assert client.post(f"/admin/send-for-approval/{translated.pk}/").status_code == 302
    state = GuidePage.objects.get(pk=translated.pk).current_workflow_state
    assert state is not None and state.workflow.name == "Guide approval"
    for who in ["clinician", "panel2", "panel3"]:
        review(as_user(client, people[who]), translated, "approve")
    assert GuidePage.objects.get(pk=translated.pk).live


@pytest.mark.django_db
def test_panel_members_can_comment_on_a_field(client, people, guide_index):
    from wagtail.models import Comment

    guide = GuidePageFactory(parent=guide_index, live=False)
    as_user(client, people["panel1"])
    data = guide_form(title=guide.title, slug=guide.slug)
    data.update(
        nested_form_data(
            {
                "comments": inline_formset(
                    [
                        {
                            "contentpath": "title",
                            "text": "Could we say 'doctor' here as well?",
                            "position": "",
                            "id": "",
                            "resolved": "",
                            "replies": inline_formset([]),
                        }
                    ]
                )
            }
        )
    )
    response = client.post(f"/admin/pages/{guide.pk}/edit/", data)
    assert response.status_code == 302, response.content[:400]
    comment = Comment.objects.get()
    assert comment.user == people["panel1"] and comment.contentpath == "title"
