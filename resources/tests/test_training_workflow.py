"""Training pages follow the lived-experience panel's approval and then show the trust line."""

import pytest
from django.test import Client

from resources.factories import (
    ChecklistPageFactory,
    TrainingCoursePageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)
from resources.models import TrainingModulePage
from website.factories import UserFactory


@pytest.fixture
def tree(home_page):
    index = TrainingIndexPageFactory(parent=home_page, slug="training")
    course = TrainingCoursePageFactory(parent=index)
    return {
        "index": index,
        "course": course,
        "module": TrainingModulePageFactory(parent=course),
        "checklist": ChecklistPageFactory(parent=course),
    }


@pytest.mark.django_db
def test_every_training_page_type_uses_the_panel_approval(tree):
    for page in tree.values():
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == "Panel approval", page
        assert [task.name for task in workflow.tasks] == ["Lived experience panel"]


@pytest.mark.django_db
def test_editors_cannot_publish_a_module_and_the_panel_can_approve_it(tree):
    editor = UserFactory(groups=["Editors"])
    panel = [UserFactory(groups=["Lived experience panel"]) for _ in range(2)]
    module = TrainingModulePageFactory(parent=tree["course"], live=False, slug="draft-module")
    assert not module.permissions_for_user(editor).can_publish()

    editors_client = Client()
    editors_client.force_login(editor)
    module.save_revision(user=editor)
    state = module.get_workflow().start(module, editor)
    for member in panel:
        member_client = Client()
        member_client.force_login(member)
        state.refresh_from_db()
        response = member_client.post(f"/admin/review/{state.current_task_state.pk}/", {"approve": "1"})
        assert response.status_code in (200, 302)

    module = TrainingModulePage.objects.get(pk=module.pk)
    assert module.live
    html = Client().get(module.url).content.decode()
    assert "Checked by the lived-experience panel on" in html
