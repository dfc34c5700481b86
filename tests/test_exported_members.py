"""The public surface is pinned: adding or removing a name is a deliberate change."""

import faultline


def test_all_is_pinned():
    assert sorted(faultline.__all__) == sorted([
        "Actor", "Analysis", "Article", "DateValue", "Event", "Failure", "FaultlineError", "Issue",
        "Mention", "Quote", "Split", "Stance", "__version__", "analyze", "analyze_records",
    ])


def test_all_names_exist():
    for name in faultline.__all__:
        assert hasattr(faultline, name), name
