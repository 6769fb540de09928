"""Run axe-core in the browser and fail on any violation."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Best-practice rules the brief asks for on top of WCAG: outline, one h1, landmarks.
EXTRA_RULES = ["heading-order", "page-has-heading-one", "landmark-one-main", "region"]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    # Rules named here run in addition to the tagged ones.
    "rules": {rule: {"enabled": True} for rule in EXTRA_RULES},
    "resultTypes": ["violations"],
}


def axe_violations(page, exclude=(), skip_rules=()):
    """The axe violations on the page loaded in ``page``, outside the ``exclude`` selectors.

    ``exclude`` and ``skip_rules`` are for markup another project renders (a caller says
    whose, and why, where it uses them).
    """
    rules = {**AXE_OPTIONS["rules"], **{rule: {"enabled": False} for rule in skip_rules}}
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    return (
        Axe()
        .run(page, context=context, options={**AXE_OPTIONS, "rules": rules})
        .response["violations"]
    )


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(
            f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]
        )
    return "\n".join(lines)


def assert_accessible(page, exclude=(), skip_rules=()):
    """Fail with a readable list of every axe violation on the page."""
    violations = axe_violations(page, exclude, skip_rules)
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n" + describe(
        violations
    )
