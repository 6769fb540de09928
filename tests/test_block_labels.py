"""Editors: the labels the admin shows for nested blocks read as a path, never "Steps › Steps"."""

from itertools import pairwise

from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField


def label_paths(block, path=()):
    """Every chain of labels from ``block`` down to its leaves, as the admin nests them."""
    label = str(block.label or "")
    path = (*path, label) if label else path
    if isinstance(block, blocks.ListBlock):
        children = [block.child_block]
    elif isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        children = list(block.child_blocks.values())
    else:
        children = []
    if not children:
        yield path
    for child in children:
        yield from label_paths(child, path)


def package_streams():
    for model in apps.get_app_config("icm_ebooth").get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model.__name__}.{field.name}", str(field.verbose_name), field.stream_block


def test_no_block_label_repeats_the_one_it_is_nested_in():
    repeated = set()
    for where, field_label, stream in package_streams():
        for path in label_paths(stream, (field_label,)):
            for outer, inner in pairwise(path):
                if outer.casefold() == inner.casefold():
                    repeated.add(f"{where}: {' › '.join(path)}")
    assert sorted(repeated) == []


def test_the_walk_sees_the_nested_steps():
    paths = [
        path
        for where, label, stream in package_streams()
        if where == "TopicPage.body"
        for path in label_paths(stream, (label,))
    ]
    assert any(len(path) >= 4 and "Details" in path for path in paths)


def test_the_step_title_tells_the_editor_what_to_write():
    from icm_ebooth.blocks import StepsBlock

    step = StepsBlock().child_blocks["steps"].child_block
    assert step.child_blocks["title"].field.help_text
