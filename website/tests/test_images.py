"""Pictures in guides are small first: AVIF or WebP where the browser can show them, lazy, sized."""

import re

import pytest
import wagtail_factories

from website.blocks import ImageBlock


@pytest.mark.django_db
def test_image_block_renders_a_responsive_picture():
    image = wagtail_factories.ImageFactory(file__width=1200, file__height=800)
    html = str(
        ImageBlock().render({"image": image, "alt_text": "A GP reception desk", "caption": "Reception"})
    )
    assert html.count("<picture>") == 1
    assert re.search(r'<source[^>]+type="image/avif"', html)
    assert re.search(r'<source[^>]+type="image/webp"', html)
    img = re.search(r"<img[^>]+>", html).group(0)
    assert 'alt="A GP reception desk"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert 'width="400"' in img and 'height="266"' in img
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 800w"', img)
    assert 'sizes="' in img
    assert ".jpg" in img or ".jpeg" in img
    assert "<figcaption>Reception</figcaption>" in html
