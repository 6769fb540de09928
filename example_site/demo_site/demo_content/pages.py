"""Helpers that create or update demo pages in place, so that loading twice changes nothing."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict
from wagtail.fields import StreamField


def stream(model, field_name, items):
    """``items`` ((block name, native value) pairs) as the StreamField's value."""
    return model._meta.get_field(field_name).stream_block.normalize(items)


def ensure_child(parent, model, slug, **create_fields):
    """The ``model`` child of ``parent`` with ``slug``; created (not yet live) when missing.

    Siblings keep the order in which they were first created, which is the booth's topic order.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(
            instance=model(slug=slug, locale_id=parent.locale_id, live=False, **create_fields)
        )
    return page


def publish(page, **fields):
    """Set ``fields`` on ``page`` and publish it as a new revision; return the live page.

    Nothing is saved when the live page already holds these values, so loading the demo
    again adds no revisions. The page is read again first: publishing saves its tree
    fields (such as the number of children) from the object it is given, which may
    predate children added since.
    """
    page = type(page).objects.get(pk=page.pk)
    changed = not page.live or page.has_unpublished_changes
    for name, value in fields.items():
        before = _comparable(page, name)
        setattr(page, name, keep_block_ids(page, name, value))
        changed = changed or _comparable(page, name) != before
    if not changed:
        return page
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def _comparable(page, name):
    """The stored form of a field's value, for telling whether it changed."""
    field = page._meta.get_field(name)
    if field.one_to_many:
        # Inline children (such as project partners): their own fields, in order.
        exclude = ["id", field.field.name, "sort_order"]
        return [model_to_dict(child, exclude=exclude) for child in getattr(page, name).all()]
    value = field.value_from_object(page)
    if isinstance(field, StreamField):
        return json.dumps(field.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder)
    return value


def upsert_child(parent, model, slug, create_only=None, **fields):
    """Create or update the ``model`` child with ``slug`` and publish it.

    ``create_only`` holds values set when the page is created and left alone afterwards.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = ensure_child(parent, model, slug, **(create_only or {}), **fields)
    return publish(page, **fields)


def keep_block_ids(page, field_name, value):
    """``value``, with the ids of the blocks ``page`` already has in the same places.

    Translations are keyed by block id: new ids on every load would leave the French and
    German texts of unchanged blocks behind.
    """
    field = page._meta.get_field(field_name)
    if not isinstance(field, StreamField):
        return value
    new = field.get_prep_value(value)
    _copy_ids(field.get_prep_value(getattr(page, field_name)), new)
    return new


def _copy_ids(old, new):
    if isinstance(old, list) and isinstance(new, list):
        for old_item, new_item in zip(old, new, strict=False):
            _copy_ids(old_item, new_item)
    elif isinstance(old, dict) and isinstance(new, dict):
        if "id" in old and "id" in new and old.get("type") == new.get("type"):
            new["id"] = old["id"]
        for key in new.keys() & old.keys() - {"id"}:
            _copy_ids(old[key], new[key])
